package id.bpjstk.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    private final ApiExceptionMappers mappers = new ApiExceptionMappers();

    @Test
    void aBrokenConnectionIs503WithRetryAfter() {
        RestResponse<ErrorResponse> response = mappers.unexpected(new JDBCConnectionException("An I/O error occurred",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertEquals(503, response.getStatus());
        assertEquals(ErrorCodes.SERVICE_UNAVAILABLE, response.getEntity().code());
        assertEquals("5", response.getHeaderString("Retry-After"));
    }

    @Test
    void aPoolThatCannotAcquireAConnectionIs503() {
        assertEquals(503, mappers.unexpected(new PersistenceException(
                new SQLTransientConnectionException("Sorry, acquisition timeout!"))).getStatus());
    }

    @Test
    void aServerShuttingDownIs503() {
        assertTrue(ApiExceptionMappers.databaseUnreachable(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
    }

    @Test
    void aConstraintViolationIsNotTheDatabaseBeingDown() {
        assertFalse(ApiExceptionMappers.databaseUnreachable(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "claims_pkey")));
        assertEquals(500, mappers.unexpected(new IllegalStateException("a bug")).getStatus());
    }
}
