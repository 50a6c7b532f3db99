package id.bpjstk.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Settings under {@code bpjstk.api.*} that every service has; each can be set from the environment (BPJSTK_API_...). */
@ConfigMapping(prefix = "bpjstk.api")
public interface ApiConfig {

    /**
     * Largest request body the API accepts, in bytes, unless a {@code BodySizeRule} of the service decides
     * bodies of that type (an upload, say); a larger declared Content-Length gets a JSON 413.
     * ({@code quarkus.http.limits.max-body-size} is the transport's hard stop above every limit.)
     */
    @WithDefault("65536")
    long maxRequestBodyBytes();

    /**
     * How long a sign-in at level 2 (password and one-time code) counts for an operation that needs level 2: the
     * token's {@code auth_time} must be at most this long ago, however often the token was refreshed since
     * (RFC 9470 {@code max_age}). An ISO-8601 duration, {@code BPJSTK_API_LEVEL_2_MAX_AGE}.
     */
    @WithName("level-2-max-age")
    @WithDefault("PT30M")
    Duration level2MaxAge();
}
