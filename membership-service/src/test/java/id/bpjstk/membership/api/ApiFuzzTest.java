package id.bpjstk.membership.api;

import id.bpjstk.membership.support.Demo;
import id.bpjstk.service.test.ApiFuzzTestBase;
import id.bpjstk.service.test.PostgresTestDatabase;
import id.bpjstk.service.test.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

/**
 * Hostile input on every registry operation (see the base class), each asked by the caller it is for: Siti for her
 * own records, the operator, the identity provider's and claims-service's service accounts for theirs.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
class ApiFuzzTest extends ApiFuzzTestBase {

    @Override
    protected String callerOf(String method, String pathTemplate) {
        if (pathTemplate.startsWith("/api/operator")) {
            return TestTokens.operator();
        }
        if (pathTemplate.endsWith("/facts")) {
            return TestTokens.claimsReader();
        }
        if (pathTemplate.startsWith("/internal")) {
            return TestTokens.registryVerifier();
        }
        return TestTokens.member(Demo.SITI, "2");
    }

    @Override
    protected String pathValue(String method, String pathTemplate, String parameter) {
        if (parameter.equals("kpj")) {
            return Demo.SITI;
        }
        throw new IllegalArgumentException("no value for path parameter " + parameter + " of " + pathTemplate);
    }

    @Override
    protected Map<String, String> validBodies() {
        return Map.of(
                "PUT /api/members/me/contact", "{\"address\":\"Jl. Merdeka No. 1, Jakarta\",\"correspondenceEmail\":\"siti@example.test\"}",
                "POST /internal/registrations/verify",
                "{\"membershipNumber\":\"11000000017\",\"nik\":\"3171015505900001\",\"birthDate\":\"1990-05-15\"}");
    }
}
