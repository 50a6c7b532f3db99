package id.bpjstk.systemtest.support;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.PushedAuthorizationRequest;
import com.nimbusds.oauth2.sdk.PushedAuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/**
 * A relying party built on a standard OpenID Connect library (Nimbus {@code oauth2-oidc-sdk}), signing in as client
 * {@code partner-demo}: discovery, a pushed authorization request with PKCE S256, the code exchange, the ID token
 * validated by the library (signature from the realm's JWKS, issuer, audience, expiry, nonce), refresh and RP-initiated
 * logout. The member's part (the password form, the consent screen) is played by the HTTP-level {@link Browser}.
 */
public final class PartnerClient {

    public static final String CLIENT_ID = "partner-demo";
    public static final Scope SCOPE = new Scope("openid", "profile", "membership", "balances.read");

    private final Stack stack;
    private final OIDCProviderMetadata provider;
    private final ClientID clientId;
    private final ClientSecretBasic authentication;
    private final URI redirectUri;

    /** Client {@code partner-demo}, coming back to this run's partner app. */
    public PartnerClient(Stack stack) {
        this(stack, CLIENT_ID, stack.partnerDemoSecret(), stack.partnerUrl().resolve("/callback"));
    }

    /** Another partner's client. */
    public PartnerClient(Stack stack, String clientId, String secret, URI redirectUri) {
        this.stack = stack;
        try {
            this.provider = OIDCProviderMetadata.resolve(new Issuer(stack.realmUrl()));
        } catch (GeneralException | IOException e) {
            throw new AssertionError("discovery failed", e);
        }
        this.clientId = new ClientID(clientId);
        this.authentication = new ClientSecretBasic(this.clientId, new Secret(secret));
        this.redirectUri = redirectUri;
    }

    public OIDCProviderMetadata provider() {
        return provider;
    }

    public URI redirectUri() {
        return redirectUri;
    }

    /** One sign-in's request: what the client keeps to check the answer (state, nonce, PKCE verifier). */
    public record Pending(AuthenticationRequest request, CodeVerifier verifier, URI frontChannel) {
    }

    /** Pushes the authorization request (PAR) and gives what the browser opens: only client_id and request_uri. */
    public Pending push(ResponseType responseType) {
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(responseType, SCOPE, clientId, redirectUri)
                .state(new State()).nonce(new Nonce()).codeChallenge(verifier, CodeChallengeMethod.S256)
                .endpointURI(provider.getAuthorizationEndpointURI()).build();
        PushedAuthorizationResponse pushed = send(new PushedAuthorizationRequest(
                provider.getPushedAuthorizationRequestEndpointURI(), authentication, request));
        if (!pushed.indicatesSuccess()) {
            return new Pending(request, verifier, null);
        }
        URI requestUri = pushed.toSuccessResponse().getRequestURI();
        URI frontChannel = new com.nimbusds.oauth2.sdk.AuthorizationRequest.Builder(requestUri, clientId)
                .endpointURI(provider.getAuthorizationEndpointURI()).build().toURI();
        return new Pending(request, verifier, frontChannel);
    }

    /** What the PAR endpoint answered to a request, for requests that it should refuse. */
    public PushedAuthorizationResponse pushedAnswer(com.nimbusds.oauth2.sdk.AuthorizationRequest request) {
        return send(new PushedAuthorizationRequest(provider.getPushedAuthorizationRequestEndpointURI(), authentication, request));
    }

    /** A plain OAuth 2.0 request (no {@code openid}), such as the implicit grant's {@code response_type=token}. */
    public com.nimbusds.oauth2.sdk.AuthorizationRequest oauthRequest(ResponseType responseType) {
        return new com.nimbusds.oauth2.sdk.AuthorizationRequest.Builder(responseType, clientId).redirectionURI(redirectUri)
                .scope(new Scope("membership")).state(new State()).endpointURI(provider.getAuthorizationEndpointURI()).build();
    }

    public AuthenticationRequest.Builder requestBuilder(ResponseType responseType) {
        return new AuthenticationRequest.Builder(responseType, SCOPE, clientId, redirectUri)
                .state(new State()).nonce(new Nonce()).endpointURI(provider.getAuthorizationEndpointURI());
    }

    /** A completed sign-in: the tokens and the ID token's claims as the library validated them. */
    public record Session(OIDCTokens tokens, IDTokenClaimsSet idToken, Pending pending) {
        public RefreshToken refreshToken() {
            return tokens.getRefreshToken();
        }
    }

    /**
     * Signs the member in through a pushed request: she types KPJ and password, allows what the partner asks when
     * Keycloak asks her, and the code comes back to the redirect URI, where the client exchanges it.
     */
    public Session signIn(String username, String password) {
        Pending pending = push(ResponseType.CODE);
        if (pending.frontChannel() == null) {
            throw new AssertionError("the pushed authorization request was refused");
        }
        Browser browser = new Browser(stack.keycloakUrl());
        Browser.Page page = browser.get(pending.frontChannel());
        page = browser.submit(page.form("kc-form-login").with("username", username).with("password", password));
        if (!page.leftOrigin()) {
            page = browser.submit(consent(page));
        }
        if (!page.leftOrigin()) {
            throw new AssertionError("the sign-in did not come back to the partner: " + page.status());
        }
        return exchange(pending, page.redirect());
    }

    /** The consent screen's form with "Ya" pressed. */
    public static Browser.Form consent(Browser.Page page) {
        Element form = page.document().selectFirst("#kc-oauth form");
        if (form == null) {
            throw new AssertionError("no consent screen on " + page.uri() + " (status " + page.status() + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden][name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        fields.put("accept", "");
        return new Browser.Form(URI.create(form.absUrl("action")), fields);
    }

    /** Checks the answer's state, exchanges the code with the PKCE verifier and validates the ID token. */
    public Session exchange(Pending pending, URI redirect) {
        try {
            AuthorizationResponse response = AuthorizationResponse.parse(redirect);
            if (!pending.request().getState().equals(response.getState())) {
                throw new AssertionError("state mismatch");
            }
            if (!response.indicatesSuccess()) {
                throw new AssertionError("authorization failed: " + response.toErrorResponse().getErrorObject());
            }
            AuthorizationCode code = ((AuthorizationSuccessResponse) response).getAuthorizationCode();
            OIDCTokens tokens = tokens(new AuthorizationCodeGrant(code, redirectUri, pending.verifier()));
            return new Session(tokens, validate(tokens.getIDToken(), pending.request().getNonce()), pending);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** The refresh grant: new tokens, or Keycloak's error (a refresh token it no longer honours). */
    public com.nimbusds.oauth2.sdk.TokenResponse refresh(RefreshToken refreshToken) {
        return tokenResponse(new RefreshTokenGrant(refreshToken));
    }

    /** The ID token checked by the library: RS256 signature by a key of the realm's JWKS, iss, aud, exp, and nonce. */
    public IDTokenClaimsSet validate(JWT idToken, Nonce nonce) {
        try {
            IDTokenValidator validator = new IDTokenValidator(provider.getIssuer(), clientId,
                    JWSAlgorithm.RS256, provider.getJWKSetURI().toURL());
            return validator.validate(idToken, nonce);
        } catch (Exception e) {
            throw new AssertionError("the ID token did not validate: " + e.getMessage(), e);
        }
    }

    /** RP-initiated logout at the end-session endpoint, with the ID token as hint and a post-logout address. */
    public URI logoutRequest(JWT idToken, URI postLogout, State state) {
        return new LogoutRequest(provider.getEndSessionEndpointURI(), idToken, postLogout, state).toURI();
    }

    private OIDCTokens tokens(AuthorizationGrant grant) {
        com.nimbusds.oauth2.sdk.TokenResponse response = tokenResponse(grant);
        if (!response.indicatesSuccess()) {
            throw new AssertionError("token request failed: " + ((TokenErrorResponse) response).getErrorObject());
        }
        return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
    }

    private com.nimbusds.oauth2.sdk.TokenResponse tokenResponse(AuthorizationGrant grant) {
        try {
            return OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(), authentication, grant)
                    .toHTTPRequest().send());
        } catch (ParseException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static PushedAuthorizationResponse send(PushedAuthorizationRequest request) {
        try {
            return PushedAuthorizationResponse.parse(request.toHTTPRequest().send());
        } catch (ParseException | IOException e) {
            throw new AssertionError(e);
        }
    }
}
