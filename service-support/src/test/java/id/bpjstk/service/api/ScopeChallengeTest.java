package id.bpjstk.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.service.security.InsufficientScopeException;
import org.junit.jupiter.api.Test;

class ScopeChallengeTest {

    @Test
    void aMissingScopeIsNamedInTheRfc6750Challenge() {
        assertEquals("Bearer error=\"insufficient_scope\", scope=\"balances.read\"",
                ApiExceptionMappers.scopeChallenge(new InsufficientScopeException("balances.read")));
    }

    @Test
    void theMessageNamesTheScopeToo() {
        assertEquals("The token was not granted the scope claims.write that this operation needs",
                new InsufficientScopeException("claims.write").getMessage());
    }
}
