package id.bpjstk.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueConstraintTest {

    @Test
    void hibernateUniqueViolationNamesItsConstraint() {
        var violation = new ConstraintViolationException("duplicate", new SQLException("dup", "23505"),
                ConstraintViolationException.ConstraintKind.UNIQUE, "claims_idempotency_key_uk");
        assertEquals(Optional.of("claims_idempotency_key_uk"),
                ClaimCreationService.uniqueConstraint(new PersistenceException(violation)));
    }

    @Test
    void postgresMessageIsReadWhenHibernateGaveNoName() {
        SQLException sql = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"claims_one_open_per_type_uk\"", "23505");
        assertEquals(Optional.of("claims_one_open_per_type_uk"),
                ClaimCreationService.uniqueConstraint(new PersistenceException(sql)));
    }

    @Test
    void otherFailuresAreNotUniqueViolations() {
        assertEquals(Optional.empty(), ClaimCreationService.uniqueConstraint(
                new PersistenceException(new SQLException("check violated", "23514"))));
        assertEquals(Optional.empty(), ClaimCreationService.uniqueConstraint(new PersistenceException("boom")));
    }
}
