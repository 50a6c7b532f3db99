package id.bpjstk.claims.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Reads and clears the claims tables directly, to check that nothing was written. */
public final class ClaimsTables {

    private ClaimsTables() {
    }

    /** Empties every claims table: each test starts with no claims. */
    public static void clear(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "truncate table claim_status_history, document_contents, claim_documents, claims").executeUpdate());
    }

    public static long count(EntityManager em, String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    /** Rows in all four tables together, to compare before and after a refused request. */
    public static Counts counts(EntityManager em) {
        return new Counts(count(em, "claims"), count(em, "claim_documents"), count(em, "document_contents"),
                count(em, "claim_status_history"));
    }

    public record Counts(long claims, long documents, long contents, long history) {
    }
}
