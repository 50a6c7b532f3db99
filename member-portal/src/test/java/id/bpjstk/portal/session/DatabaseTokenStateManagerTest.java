package id.bpjstk.portal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.bpjstk.portal.ServiceStubs;
import id.bpjstk.service.test.PostgresTestDatabase;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ServiceStubs.class)
class DatabaseTokenStateManagerTest {

    @Inject
    DatabaseTokenStateManager sessions;

    @Inject
    DataSource dataSource;

    @Test
    void theCookieIsARandomIdAndTheTokensStaySealedOnTheServer() throws Exception {
        String cookie = create(request(null), new AuthorizationCodeTokens("id.token.x", "access.token.y", "refresh.token.z", 300L));

        assertThat(Base64.getUrlDecoder().decode(cookie)).hasSize(32);
        assertThat(cookie).doesNotContain("token");
        AuthorizationCodeTokens read = sessions.getTokens(request(null), null, cookie, blocking()).await().indefinitely();
        assertThat(read.getIdToken()).isEqualTo("id.token.x");
        assertThat(read.getAccessToken()).isEqualTo("access.token.y");
        assertThat(read.getRefreshToken()).isEqualTo("refresh.token.z");
        assertThat(read.getAccessTokenExpiresIn()).isEqualTo(300L);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id_hash, tokens from portal_session")) {
            while (rows.next()) {
                assertThat(new String(rows.getBytes(2), StandardCharsets.ISO_8859_1)).doesNotContain("refresh.token");
                assertThat(rows.getBytes(1)).isNotEqualTo(Base64.getUrlDecoder().decode(cookie));
            }
        }
    }

    @Test
    void anEndedOrUnknownSessionGivesNoTokensAndARefreshReplacesTheOldRow() {
        String first = create(request(null), new AuthorizationCodeTokens("id1", "access1", "refresh1", 300L));
        String refreshed = create(request(first), new AuthorizationCodeTokens("id2", "access2", "refresh2", 300L));

        assertThatThrownBy(() -> tokens(first)).as("the row of the cookie a refresh came with is gone")
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(tokens(refreshed).getAccessToken()).isEqualTo("access2");

        sessions.deleteTokens(request(refreshed), null, refreshed, blocking()).await().indefinitely();
        // a failed authentication sends the browser through Keycloak's sign-in, never to a bare 401
        assertThatThrownBy(() -> tokens(refreshed)).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> tokens("made-up-cookie-value")).isInstanceOf(AuthenticationFailedException.class);
    }

    private String create(RoutingContext request, AuthorizationCodeTokens tokens) {
        return sessions.createTokenState(request, null, tokens, blocking()).await().indefinitely();
    }

    private AuthorizationCodeTokens tokens(String cookie) {
        return sessions.getTokens(request(null), null, cookie, blocking()).await().indefinitely();
    }

    @SuppressWarnings("unchecked")
    private static <T> OidcRequestContext<T> blocking() {
        return supplier -> Uni.createFrom().item(supplier);
    }

    /** A request that carries {@code sessionCookie} as quarkus-oidc's session cookie (or none). */
    private static RoutingContext request(String sessionCookie) {
        HttpServerRequest request = (HttpServerRequest) Proxy.newProxyInstance(HttpServerRequest.class.getClassLoader(),
                new Class<?>[] {HttpServerRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCookie") && DatabaseTokenStateManager.SESSION_COOKIE.equals(args[0])) {
                        return sessionCookie == null ? null : Cookie.cookie(DatabaseTokenStateManager.SESSION_COOKIE, sessionCookie);
                    }
                    return null;
                });
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(), new Class<?>[] {RoutingContext.class},
                (proxy, method, args) -> method.getName().equals("request") ? request : null);
    }
}
