package id.bpjstk.membership.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings under {@code membership.*}; each can be set from the environment (MEMBERSHIP_...). */
@ConfigMapping(prefix = "membership")
public interface MembershipConfig {

    DemoData demoData();

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
