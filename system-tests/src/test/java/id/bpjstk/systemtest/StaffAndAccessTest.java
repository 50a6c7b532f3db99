package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.DemoAccounts.MADE_KPJ;
import static id.bpjstk.systemtest.DemoAccounts.MADE_PASSWORD;
import static id.bpjstk.systemtest.DemoAccounts.SITI_KPJ;
import static id.bpjstk.systemtest.DemoAccounts.SITI_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestStaff;

/**
 * Made, a claims officer and an operator sign in; each real token opens exactly the doors its roles allow, the staff
 * APIs only at level 2.
 */
@ExtendWith(StackExtension.class)
class StaffAndAccessTest {

    @Test
    void madeSeesHisOwnProfileNeverSitis(Stack stack) {
        String token = new Oidc(stack).signIn(MADE_KPJ, MADE_PASSWORD).accessToken();

        Api.Response profile = new Api(stack.membershipUrl()).get("/api/members/me", token);

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("membershipNumber").asText()).isEqualTo(MADE_KPJ);
        assertThat(profile.json().get("name").asText()).isEqualTo("Made Wirawan");
    }

    @Test
    void aClaimsOfficerSignsInAtLevelTwoWithTheOfficerRoleAndNoMembershipNumber(Stack stack) {
        TestStaff staff = new TestStaff(stack);
        TestStaff.Staff officer = staff.create("claims-officer");
        CodeLogin login = new CodeLogin(stack);

        Browser.Page afterPassword = login.password(officer.username(), officer.password());
        assertThat(afterPassword.document().getElementById(CodeLogin.CODE_FORM))
                .as("staff give the SMS code even when the client asks for no level").isNotNull();
        JsonNode access = login.tokens(login.code(afterPassword, stack.sms().latest(officer.phone()).code())).access();

        assertThat(access.get("acr").asText()).isEqualTo("2");
        assertThat(access.at("/realm_access/roles")).extracting(JsonNode::asText).contains("claims-officer").doesNotContain("member");
        assertThat(access.has("membership_number")).isFalse();
        assertThat(access.get("preferred_username").asText()).isEqualTo(officer.username());
    }

    @Test
    void anOperatorLooksUpAMemberAtLevelTwoButAMemberOrOfficerMayNot(Stack stack) {
        Oidc oidc = new Oidc(stack);
        Api membership = new Api(stack.membershipUrl());
        TestStaff staff = new TestStaff(stack);
        TestStaff.Staff someOperator = staff.create("operator");
        Oidc.Tokens levelTwo = staff.signInAtLevelTwo(someOperator);
        assertThat(levelTwo.access().get("acr").asText()).isEqualTo("2");
        assertThat(levelTwo.access().get("auth_time").asLong()).as("the sign-in's time, for max_age").isPositive();
        String operator = levelTwo.accessToken();
        String officer = staff.signInAtLevelTwo(staff.create("claims-officer")).accessToken();
        String member = oidc.signIn(SITI_KPJ, SITI_PASSWORD).accessToken();

        Api.Response lookup = membership.get("/api/operator/members/" + SITI_KPJ, operator);
        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.json().at("/member/membershipNumber").asText()).isEqualTo(SITI_KPJ);
        assertThat(lookup.json().at("/balances/jht/total").asLong()).isPositive();

        for (String token : new String[] {officer, member}) {
            Api.Response refused = membership.get("/api/operator/members/" + SITI_KPJ, token);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("code").asText()).isNotBlank();
        }
        // A staff token is not a member token: no membership number, no /me.
        assertThat(membership.get("/api/members/me", officer).status()).isEqualTo(403);
    }

    @Test
    void theHelpDeskUsesTheAdminApiThroughTheAdminConsoleAndAMemberMayNot(Stack stack) {
        String helpdesk = new TestStaff(stack).adminConsoleToken("helpdesk");
        Api keycloak = new Api(stack.keycloakUrl());

        Api.Response users = keycloak.get("/admin/realms/bpjstk/users?username=" + SITI_KPJ + "&exact=true", helpdesk);
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json()).hasSize(1);

        String member = new Oidc(stack).signIn(MADE_KPJ, MADE_PASSWORD).accessToken();
        assertThat(keycloak.get("/admin/realms/bpjstk/users", member).status()).isEqualTo(403);
    }

    @Test
    void tokensFromAnotherRealmOrNoTokenAreRejectedByMembershipService(Stack stack) {
        Api membership = new Api(stack.membershipUrl());
        String masterToken = new Admin(stack).token();

        Api.Response foreign = membership.get("/api/members/me", masterToken);
        assertThat(foreign.status()).isEqualTo(401);
        assertThat(foreign.json().get("code").asText()).isNotBlank();

        Api.Response anonymous = membership.get("/api/members/me", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void theRegistryServiceAccountVerifiesIdentityAndAMemberTokenMayNot(Stack stack) {
        Oidc oidc = new Oidc(stack);
        Api membership = new Api(stack.membershipUrl());
        Oidc.TokenResponse serviceToken = oidc.clientCredentials("identity-provider-registry", stack.registryClientSecret());
        assertThat(serviceToken.status()).isEqualTo(200);
        String token = serviceToken.body().get("access_token").asText();
        JsonNode access = Oidc.payload(token);
        assertThat(Oidc.audiences(access)).contains("membership-service");
        assertThat(access.at("/realm_access/roles")).extracting(JsonNode::asText).contains("registry-verifier");

        Map<String, String> budi = Map.of("membershipNumber", DemoAccounts.BUDI_KPJ, "nik", DemoAccounts.BUDI_NIK,
                "birthDate", DemoAccounts.BUDI_BIRTH_DATE);
        Api.Response match = membership.post("/internal/registrations/verify", token, budi);
        assertThat(match.status()).isEqualTo(200);
        assertThat(match.json().get("match").asBoolean()).isTrue();
        assertThat(match.json().get("name").asText()).isEqualTo("Budi Santoso");

        Api.Response mismatch = membership.post("/internal/registrations/verify", token,
                Map.of("membershipNumber", DemoAccounts.BUDI_KPJ, "nik", DemoAccounts.SITI_NIK, "birthDate", DemoAccounts.BUDI_BIRTH_DATE));
        assertThat(mismatch.status()).isEqualTo(200);
        assertThat(mismatch.json().get("match").asBoolean()).isFalse();
        assertThat(mismatch.json().has("name")).isFalse();

        String member = oidc.signIn(SITI_KPJ, SITI_PASSWORD).accessToken();
        assertThat(membership.post("/internal/registrations/verify", member, budi).status()).isEqualTo(403);
    }

    @Test
    void theRegistryClientIsRefusedWithAWrongSecret(Stack stack) {
        Oidc.TokenResponse response = new Oidc(stack).clientCredentials("identity-provider-registry", "not-the-secret");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().get("error").asText()).isEqualTo("unauthorized_client");
    }
}
