package id.bpjstk.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
