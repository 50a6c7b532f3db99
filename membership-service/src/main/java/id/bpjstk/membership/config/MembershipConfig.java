package id.bpjstk.membership.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings under {@code membership.*}; each can be set from the environment (MEMBERSHIP_...). */
@ConfigMapping(prefix = "membership")
public interface MembershipConfig {

    DemoData demoData();

    /**
     * Largest request body the API accepts, in bytes; a larger declared Content-Length gets a
     * JSON 413. (quarkus.http.limits.max-body-size is the transport's hard stop above it.)
     */
    @WithDefault("65536")
    long maxRequestBodyBytes();

    /** Zone of the programme's calendar (current year, "today" on statements). */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();

    interface DemoData {

        /**
         * Seed the demo members at start-up ({@code MEMBERSHIP_DEMO_DATA_ENABLED}). Off in
         * production; on in the dev and test profiles.
         */
        @WithDefault("false")
        boolean enabled();

        /** Classpath resource with the demo data SQL. */
        @WithDefault("demo/demo-data.sql")
        String script();
    }
}
