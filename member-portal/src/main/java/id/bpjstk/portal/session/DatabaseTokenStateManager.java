package id.bpjstk.portal.session;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps a member's tokens on the server: the session cookie carries only a random 256-bit id, the database row is
 * named by the id's SHA-256 and holds the ID, access and refresh tokens sealed ({@link Sealer}). Every portal instance
 * sharing the database serves the same sessions; a session ends with its row (logout, back-channel logout, expiry).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class DatabaseTokenStateManager implements TokenStateManager {

    private static final String CONTEXT = "portal-session";
    /** quarkus-oidc's session cookie of the default tenant. */
    static final String SESSION_COOKIE = "q_session";
    /** Keycloak ends any SSO session after 10 hours at most: no row outlives that. */
    private static final Duration MAX_SESSION = Duration.ofHours(10);

    private final DataSource dataSource;
    private final Sealer sealer;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public DatabaseTokenStateManager(DataSource dataSource, Sealer sealer, ObjectMapper json) {
        this.dataSource = dataSource;
        this.sealer = sealer;
        this.json = json;
    }

    /** The tokens as stored: one JSON document, sealed. */
    record StoredTokens(String idToken, String accessToken, String refreshToken, Long accessTokenExpiresIn, String scope) {
    }

    @Override
    public Uni<String> createTokenState(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            AuthorizationCodeTokens tokens, OidcRequestContext<String> requestContext) {
        return requestContext.runBlocking(() -> {
            byte[] id = new byte[32];
            random.nextBytes(id);
            String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
            Instant expiresAt = Instant.now().plus(MAX_SESSION);
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement purge = connection.prepareStatement(
                        "delete from portal_session where expires_at < now() or id_hash = ?")) {
                    // a refresh replaces the session: the row of the cookie it came with goes
                    Cookie previous = routingContext.request().getCookie(SESSION_COOKIE);
                    purge.setBytes(1, previous == null ? new byte[0] : idHash(previous.getValue()));
                    purge.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into portal_session (id_hash, tokens, expires_at) values (?, ?, ?)")) {
                    insert.setBytes(1, idHash(cookie));
                    insert.setBytes(2, sealer.seal(serialize(tokens), CONTEXT));
                    insert.setTimestamp(3, Timestamp.from(expiresAt));
                    insert.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the session could not be stored", e);
            }
            return cookie;
        });
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            String tokenState, OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        return requestContext.runBlocking(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "select tokens from portal_session where id_hash = ? and expires_at > now()")) {
                select.setBytes(1, idHash(tokenState));
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw ended();
                    }
                    return deserialize(sealer.open(row.getBytes(1), CONTEXT));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the session could not be read", e);
            } catch (IllegalArgumentException e) {
                throw ended();
            }
        });
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig, String tokenState,
            OidcRequestContext<Void> requestContext) {
        return requestContext.runBlocking(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement("delete from portal_session where id_hash = ?")) {
                delete.setBytes(1, idHash(tokenState));
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("the session could not be ended", e);
            }
            return null;
        });
    }

    /**
     * An unknown, ended or unreadable session: a failed authentication, on which quarkus-oidc removes the cookie and
     * sends the member to Keycloak's sign-in (empty tokens instead would fail the ID token check with a bare 401).
     */
    private static AuthenticationFailedException ended() {
        return new AuthenticationFailedException("the portal session has ended");
    }

    private static byte[] idHash(String cookie) {
        return Sealer.sha256(CONTEXT + "\0" + cookie);
    }

    private byte[] serialize(AuthorizationCodeTokens tokens) {
        try {
            return json.writeValueAsBytes(new StoredTokens(tokens.getIdToken(), tokens.getAccessToken(),
                    tokens.getRefreshToken(), tokens.getAccessTokenExpiresIn(), tokens.getAccessTokenScope()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuthorizationCodeTokens deserialize(byte[] bytes) {
        try {
            StoredTokens stored = json.readValue(new String(bytes, StandardCharsets.UTF_8), StoredTokens.class);
            return new AuthorizationCodeTokens(stored.idToken(), stored.accessToken(), stored.refreshToken(),
                    stored.accessTokenExpiresIn(), stored.scope());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable session", e);
        }
    }
}
