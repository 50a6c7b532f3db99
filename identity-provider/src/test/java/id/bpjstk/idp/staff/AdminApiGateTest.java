package id.bpjstk.idp.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class AdminApiGateTest {

    @Test
    void judgesTheAdminApiAndTheConsoleButNotTheRealmsOwnEndpoints() {
        assertThat(AdminApiGate.isAdminPath("/admin/realms/bpjstk/users")).isTrue();
        assertThat(AdminApiGate.isAdminPath("admin/realms/bpjstk/clients")).isTrue();
        assertThat(AdminApiGate.isAdminPath("/admin/serverinfo")).isTrue();
        assertThat(AdminApiGate.isAdminPath("/admin")).isTrue();
        assertThat(AdminApiGate.isAdminPath("/realms/bpjstk/helpdesk/users/x/unlock")).isFalse();
        assertThat(AdminApiGate.isAdminPath("/realms/bpjstk/protocol/openid-connect/token")).isFalse();
        assertThat(AdminApiGate.isAdminPath("/administrator")).isFalse();
    }

    @Test
    void readsTheRealmFromTheIssuerOfAnUnverifiedToken() {
        assertThat(AdminApiGate.issuerRealm(token("{\"iss\":\"http://localhost:8080/realms/bpjstk\"}"))).contains("bpjstk");
        assertThat(AdminApiGate.issuerRealm(token("{\"iss\":\"https://sso.example.test/auth/realms/master\"}"))).contains("master");
    }

    @Test
    void leavesToKeycloakWhatIsNoTokenOrHasNoRealm() {
        assertThat(AdminApiGate.issuerRealm("not-a-jwt")).isEmpty();
        assertThat(AdminApiGate.issuerRealm(token("{\"sub\":\"x\"}"))).isEmpty();
        assertThat(AdminApiGate.issuerRealm(token("{\"iss\":\"https://example.test/other\"}"))).isEmpty();
        assertThat(AdminApiGate.issuerRealm(token("{\"iss\":\"https://example.test/realms/\"}"))).isEmpty();
        assertThat(AdminApiGate.issuerRealm(token("{\"iss\":\"https://example.test/realms/a/b\"}"))).isEmpty();
    }

    private static String token(String payload) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(new byte[] {1, 2, 3});
    }
}
