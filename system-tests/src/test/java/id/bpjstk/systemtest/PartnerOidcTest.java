package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.PushedAuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;

import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.PartnerClient;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;

/**
 * What a partner's certified OpenID Connect library finds at the realm, checked with one (Nimbus oauth2-oidc-sdk):
 * the discovery document, the pushed authorization request the partner client must use, the code flow with PKCE, the
 * ID token the library validates, refresh and RP-initiated logout.
 */
@ExtendWith(StackExtension.class)
class PartnerOidcTest {

    @Test
    void theDiscoveryDocumentNamesTheIssuerTheEndpointsPkceS256ParAndDpop(Stack stack) {
        OIDCProviderMetadata provider = new PartnerClient(stack).provider();
        String realm = stack.realmUrl().toString();

        // the library refuses a document whose issuer is not the one asked for
        assertThat(provider.getIssuer().getValue()).isEqualTo(realm);
        assertThat(provider.getAuthorizationEndpointURI()).hasToString(realm + "/protocol/openid-connect/auth");
        assertThat(provider.getTokenEndpointURI()).hasToString(realm + "/protocol/openid-connect/token");
        assertThat(provider.getJWKSetURI()).hasToString(realm + "/protocol/openid-connect/certs");
        assertThat(provider.getEndSessionEndpointURI()).hasToString(realm + "/protocol/openid-connect/logout");
        assertThat(provider.getPushedAuthorizationRequestEndpointURI()).hasToString(realm + "/protocol/openid-connect/ext/par/request");
        assertThat(provider.getCodeChallengeMethods()).contains(CodeChallengeMethod.S256);
        assertThat(provider.getResponseTypes()).contains(ResponseType.CODE);
        assertThat(provider.getGrantTypes()).contains(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);
        // PAR is required per client (partner-demo), not realm-wide: other clients sign in without it
        assertThat(provider.requiresPushedAuthorizationRequests()).isFalse();
        assertThat(provider.supportsBackChannelLogout()).isTrue();
        assertThat(provider.supportsBackChannelLogoutSession()).isTrue();
        // DPoP is Keycloak's own and on (26.7: no feature flag); partner-demo is not required to use it
        assertThat(provider.getDPoPJWSAlgs()).isNotEmpty();
    }

    @Test
    void thePartnerClientMustPushItsRequestAndMayUseTheCodeFlowOnly(Stack stack) {
        PartnerClient client = new PartnerClient(stack);

        // a plain front-channel request, as clients without PAR send it, is refused before any sign-in page
        Oidc.AuthorizationRequest plain = new Oidc(stack).authorizationRequest(PartnerClient.CLIENT_ID,
                client.redirectUri().toString(), "openid membership");
        Browser.Page refused = new Browser(stack.keycloakUrl()).get(plain.uri());
        assertThat(refused.body()).doesNotContain("kc-form-login");
        if (refused.leftOrigin()) {
            assertThat(Oidc.query(refused.redirect())).containsEntry("error", "invalid_request");
        } else {
            assertThat(refused.status()).isEqualTo(400);
        }

        // no implicit or hybrid flow for the partner
        assertThat(client.pushedAnswer(client.oauthRequest(ResponseType.TOKEN)).indicatesSuccess()).as("token").isFalse();
        for (ResponseType implicit : new ResponseType[] {ResponseType.IDTOKEN, ResponseType.IDTOKEN_TOKEN, ResponseType.CODE_IDTOKEN}) {
            PushedAuthorizationResponse answer = client.pushedAnswer(client.requestBuilder(implicit).build());
            assertThat(answer.indicatesSuccess()).as(implicit.toString()).isFalse();
        }
        // while the code flow's pushed request is taken
        assertThat(client.push(ResponseType.CODE).frontChannel()).isNotNull();

        // nor the password grant
        Oidc.TokenResponse password = new Oidc(stack).tokenRequest(Map.of("grant_type", "password", "client_id",
                PartnerClient.CLIENT_ID, "client_secret", stack.partnerDemoSecret(), "username", DemoAccounts.SITI_KPJ,
                "password", DemoAccounts.SITI_PASSWORD, "scope", "openid"));
        assertThat(password.status()).isIn(400, 401);
        assertThat(password.body().path("access_token").isMissingNode()).isTrue();
    }

    @Test
    void aCodeFlowThroughParAndPkceGivesAnIdTokenTheLibraryValidatesAndTokensThatRefreshUntilLogout(Stack stack) {
        TestMembers.Member member = new TestMembers(stack).createRegistered(true).account();
        PartnerClient client = new PartnerClient(stack);

        PartnerClient.Session session = client.signIn(member.kpj(), member.password());

        IDTokenClaimsSet id = session.idToken();
        assertThat(id.getIssuer().getValue()).isEqualTo(stack.realmUrl().toString());
        assertThat(id.getAudience()).extracting(Object::toString).contains(PartnerClient.CLIENT_ID);
        assertThat(id.getNonce()).isEqualTo(session.pending().request().getNonce());
        assertThat(id.getStringClaim("membership_number")).isEqualTo(member.kpj());
        assertThat(id.getStringClaim("name")).isEqualTo("Peserta Uji " + member.kpj());
        assertThat(id.getStringClaim("sid")).isNotBlank();
        // the access token carries what she allowed, and membership-service answers it
        String accessToken = session.tokens().getAccessToken().getValue();
        assertThat(Oidc.payload(accessToken).path("scope").asText().split(" ")).contains("balances.read", "membership");
        assertThat(new Api(stack.membershipUrl()).get("/api/members/me/balances", accessToken).status()).isEqualTo(200);

        TokenResponse refreshed = client.refresh(session.refreshToken());
        assertThat(refreshed.indicatesSuccess()).isTrue();
        var renewed = ((OIDCTokenResponse) refreshed.toSuccessResponse()).getOIDCTokens();
        IDTokenClaimsSet renewedId = client.validate(renewed.getIDToken(), null);
        assertThat(renewedId.getSubject()).isEqualTo(id.getSubject());

        // RP-initiated logout: Keycloak ends the session and returns to the partner with its state
        State state = new State();
        URI postLogout = stack.partnerUrl().resolve("/signed-out");
        Browser.Page loggedOut = new Browser(stack.keycloakUrl()).get(client.logoutRequest(renewed.getIDToken(), postLogout, state));
        assertThat(loggedOut.leftOrigin()).as("back to the partner after logout").isTrue();
        assertThat(loggedOut.redirect().getPath()).isEqualTo("/signed-out");
        assertThat(Oidc.query(loggedOut.redirect())).containsEntry("state", state.getValue());

        TokenResponse afterLogout = client.refresh(renewed.getRefreshToken());
        assertThat(afterLogout.indicatesSuccess()).isFalse();
        assertThat(afterLogout.toErrorResponse().getErrorObject().getCode()).isEqualTo(OAuth2Error.INVALID_GRANT.getCode());
    }
}
