package id.bpjstk.claims.config;

import id.bpjstk.claims.service.rules.ClaimCatalog;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class CatalogProducer {

    /** The claim types and their rules, read at start-up so that a broken rules file stops the start. */
    @Produces
    @Singleton
    @Startup
    ClaimCatalog catalog() {
        return ClaimCatalog.load();
    }
}
