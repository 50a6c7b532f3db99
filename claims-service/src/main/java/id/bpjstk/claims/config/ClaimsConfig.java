package id.bpjstk.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** Settings under {@code claims.*}; each can be set from the environment (CLAIMS_...). */
@ConfigMapping(prefix = "claims")
public interface ClaimsConfig {

    Membership membership();

    Documents documents();

    /** Zone of the programme's calendar: "today" for ages, waiting periods and the pension-age year. */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();

    /**
     * When set, the service's clock starts at this instant and runs on from it. For tests and demos
     * that need a fixed calendar (ages and the pension-age year); never set in production.
     */
    Optional<OffsetDateTime> pinnedClockStart();

    /** How claims-service asks membership-service for a member's facts. */
    interface Membership {

        /** Base URL of membership-service ({@code CLAIMS_MEMBERSHIP_URL}). */
        @WithDefault("http://localhost:8081")
        URI url();

        /** The realm's token endpoint, where the service-account token is obtained by client credentials. */
        URI tokenUrl();

        /** claims-service's client in the realm; its service account holds the role claims-reader. */
        @WithDefault("claims-service")
        String clientId();

        /** The client's secret, from the environment only ({@code CLAIMS_SERVICE_CLIENT_SECRET}). */
        Optional<String> clientSecret();

        @WithDefault("2S")
        Duration connectTimeout();

        /** How long to wait for an answer once connected. */
        @WithDefault("5S")
        Duration readTimeout();

        /** A cached token is replaced this long before it expires. */
        @WithDefault("30S")
        Duration tokenRefreshMargin();
    }

    interface Documents {

        /** Largest document, in bytes (5 MiB). */
        @WithDefault("5242880")
        long maxFileBytes();

        /** Largest sum of one claim's documents, in bytes (20 MiB). */
        @WithDefault("20971520")
        long maxTotalBytes();
    }
}
