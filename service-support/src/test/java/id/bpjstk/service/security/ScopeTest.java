package id.bpjstk.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void aScopeAmongTheClaimsValuesIsGranted() {
        assertTrue(ScopeFilter.grants("openid membership balances.read", "balances.read"));
        assertTrue(ScopeFilter.grants("balances.read", "balances.read"));
        assertTrue(ScopeFilter.grants(" membership  balances.read ", "balances.read"));
    }

    @Test
    void theClaimAsTheJwtLibraryHandsItOverIsReadToo() {
        assertTrue(ScopeFilter.grants(Json.createValue("openid claims.read"), "claims.read"));
        assertFalse(ScopeFilter.grants(Json.createValue("openid claims.read"), "claims.write"));
    }

    @Test
    void onlyAWholeValueGrantsTheScope() {
        assertFalse(ScopeFilter.grants("openid balances.readers", "balances.read"));
        assertFalse(ScopeFilter.grants("openid xbalances.read", "balances.read"));
        assertFalse(ScopeFilter.grants("openid balances", "balances.read"));
        assertFalse(ScopeFilter.grants("openid,balances.read", "balances.read"));
    }

    @Test
    void scopesAreCaseSensitive() {
        assertFalse(ScopeFilter.grants("openid Balances.Read", "balances.read"));
    }

    @Test
    void noClaimAnEmptyOneOrOneOfAnotherTypeGrantsNothing() {
        assertFalse(ScopeFilter.grants(null, "membership"));
        assertFalse(ScopeFilter.grants("", "membership"));
        assertFalse(ScopeFilter.grants("   ", "membership"));
        assertFalse(ScopeFilter.grants(List.of("membership"), "membership"));
        assertFalse(ScopeFilter.grants(Json.createArrayBuilder().add("membership").build(), "membership"));
        assertEquals(Set.of(), ScopeFilter.scopes(42));
    }

    @Test
    void theClaimsValuesAreItsScopes() {
        assertEquals(Set.of("openid", "membership", "claims.read"), ScopeFilter.scopes("openid membership claims.read"));
    }

    @RequiresScope("claims.read")
    static class Reads {
        public void list() {
        }

        @RequiresScope("claims.write")
        public void create() {
        }
    }

    static class Unscoped {
        public void internal() {
        }
    }

    @Test
    void aMethodsScopeWinsOverItsClasss() throws NoSuchMethodException {
        assertEquals("claims.write", ScopeFilter.required(info(Reads.class, "create")).value());
        assertEquals("claims.read", ScopeFilter.required(info(Reads.class, "list")).value());
    }

    @Test
    void anOperationWithoutTheAnnotationNeedsNoScope() throws NoSuchMethodException {
        assertNull(ScopeFilter.required(info(Unscoped.class, "internal")));
    }

    private static ResourceInfo info(Class<?> resource, String method) throws NoSuchMethodException {
        Method found = resource.getMethod(method);
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return found;
            }

            @Override
            public Class<?> getResourceClass() {
                return resource;
            }
        };
    }
}
