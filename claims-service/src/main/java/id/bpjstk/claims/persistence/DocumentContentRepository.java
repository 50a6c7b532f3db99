package id.bpjstk.claims.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class DocumentContentRepository implements PanacheRepositoryBase<DocumentContent, UUID> {
}
