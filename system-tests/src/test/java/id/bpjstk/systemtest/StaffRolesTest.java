package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.FlowConfig;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;
import id.bpjstk.systemtest.support.TestStaff;

/**
 * The staff roles on the real realm: the help desk reads, searches and unlocks, and nothing else; a claims officer has
 * no admin rights; full administration is a break-glass grant that the admin events show; and Keycloak's admin API
 * takes staff tokens only from the admin console at level 2.
 */
@ExtendWith(StackExtension.class)
class StaffRolesTest {

    private static final String REALM_API = "/admin/realms/" + Stack.REALM;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aHelpdeskOperatorSearchesMembersUnlocksALockedOneAndReadsTheEvents(Stack stack) {
        TestStaff staff = new TestStaff(stack);
        TestStaff.Staff operator = staff.create("helpdesk");
        String helpdesk = staff.signInToTheAdminConsole(operator).accessToken();
        Api keycloak = new Api(stack.keycloakUrl());
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);

        Api.Response found = keycloak.get(REALM_API + "/users?search=" + member.kpj(), helpdesk);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json()).extracting(user -> user.get("username").asText()).containsExactly(member.kpj());

        LockoutTest.lock(stack, member);
        assertThat(new CodeLogin(stack).password(member.kpj(), member.password()).leftOrigin()).as("locked").isFalse();
        JsonNode status = keycloak.get(REALM_API + "/attack-detection/brute-force/users/" + member.id(), helpdesk).json();
        assertThat(status.path("disabled").asBoolean()).isTrue();
        assertThat(keycloak.delete(REALM_API + "/attack-detection/brute-force/users/" + member.id(), helpdesk).status())
                .as("Keycloak's own unlock needs manage-users").isEqualTo(403);

        Api.Response unlocked = keycloak.post(unlockPath(stack, member.id()), helpdesk, Map.of());

        assertThat(unlocked.status()).isEqualTo(204);
        assertThat(new Oidc(stack).signIn(member.kpj(), member.password()).access().get("preferred_username").asText())
                .isEqualTo(member.kpj());
        Api.Response events = keycloak.get(REALM_API + "/events?type=LOGIN_ERROR&user=" + member.id() + "&max=50", helpdesk);
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.json()).isNotEmpty();
        Api.Response adminEvents = keycloak.get(REALM_API + "/admin-events?resourceTypes=USER_LOGIN_FAILURE&max=50", helpdesk);
        assertThat(adminEvents.status()).isEqualTo(200);
        assertThat(adminEvents.json()).anyMatch(event -> event.path("operationType").asText().equals("DELETE")
                && event.path("resourcePath").asText().equals("attack-detection/brute-force/users/" + member.id())
                && event.at("/authDetails/userId").asText().equals(operator.id()));
    }

    @Test
    void theHelpdeskUnlocksMembersOnlyAndOnlyWithItsRoleAndAFreshLevelTwo(Stack stack) {
        TestStaff staff = new TestStaff(stack);
        Api keycloak = new Api(stack.keycloakUrl());
        String helpdesk = staff.adminConsoleToken("helpdesk");
        TestStaff.Staff colleague = staff.create("helpdesk");
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);

        Api.Response staffAccount = keycloak.post(unlockPath(stack, colleague.id()), helpdesk, Map.of());
        assertThat(staffAccount.status()).as("a realm administrator unlocks staff").isEqualTo(403);
        assertThat(staffAccount.json().get("error").asText()).isEqualTo("not_a_member");
        assertThat(keycloak.post(unlockPath(stack, "no-such-account"), helpdesk, Map.of()).status()).isEqualTo(404);
        assertThat(keycloak.post(unlockPath(stack, member.id()), null, Map.of()).status()).isEqualTo(401);

        String officer = staff.adminConsoleToken("claims-officer");
        assertThat(keycloak.post(unlockPath(stack, member.id()), officer, Map.of()).status()).isEqualTo(403);
        // the help desk's own token of a member application: the role is not in that client's scope
        String portal = staff.signInAtLevelTwo(colleague).accessToken();
        Api.Response fromThePortal = keycloak.post(unlockPath(stack, member.id()), portal, Map.of());
        assertThat(fromThePortal.status()).isEqualTo(403);
        assertThat(fromThePortal.json().get("error").asText()).isEqualTo("forbidden");
    }

    @Test
    void aHelpdeskOperatorCannotReadASecretOrChangeClientsMappersFlowsOrRoles(Stack stack) {
        TestStaff staff = new TestStaff(stack);
        TestStaff.Staff operator = staff.create("helpdesk");
        String helpdesk = staff.signInToTheAdminConsole(operator).accessToken();
        Api keycloak = new Api(stack.keycloakUrl());
        Admin admin = new Admin(stack);
        String partnerDemo = clientId(admin, "partner-demo");
        String memberPortal = clientId(admin, "member-portal");

        assertThat(keycloak.get(REALM_API + "/clients/" + partnerDemo + "/client-secret", helpdesk).status()).isEqualTo(403);
        assertThat(keycloak.post(REALM_API + "/clients/" + partnerDemo + "/client-secret", helpdesk, Map.of()).status()).isEqualTo(403);
        assertThat(keycloak.get(REALM_API + "/clients/" + partnerDemo, helpdesk).status()).isEqualTo(403);

        String rogue = "rogue-" + System.nanoTime();
        assertThat(keycloak.post(REALM_API + "/clients", helpdesk, Map.of("clientId", rogue, "publicClient", false,
                "serviceAccountsEnabled", true)).status()).isEqualTo(403);
        assertThat(admin.get("/clients?clientId=" + rogue).json()).isEmpty();

        JsonNode portal = admin.get("/clients/" + memberPortal).json();
        Map<String, Object> edited = copy(portal);
        edited.put("redirectUris", List.of("https://attacker.example.test/*"));
        edited.put("fullScopeAllowed", true);
        assertThat(keycloak.put(REALM_API + "/clients/" + memberPortal, helpdesk, edited).status()).isEqualTo(403);
        JsonNode after = admin.get("/clients/" + memberPortal).json();
        assertThat(after.get("redirectUris")).isEqualTo(portal.get("redirectUris"));
        assertThat(after.get("fullScopeAllowed").asBoolean()).isFalse();

        Map<String, Object> mapper = Map.of("name", "rogue-roles", "protocol", "openid-connect",
                "protocolMapper", "oidc-hardcoded-claim-mapper", "config", Map.of("claim.name", "realm_access.roles",
                        "claim.value", "claims-officer", "jsonType.label", "String", "access.token.claim", "true"));
        assertThat(keycloak.post(REALM_API + "/clients/" + memberPortal + "/protocol-mappers/models", helpdesk, mapper).status())
                .isEqualTo(403);
        assertThat(admin.get("/clients/" + memberPortal + "/protocol-mappers/models").json())
                .noneMatch(model -> model.path("name").asText().equals("rogue-roles"));

        FlowConfig codes = FlowConfig.smsCode(stack);
        JsonNode savedConfig = admin.get("/authentication/config/" + codes.id()).json();
        Map<String, Object> looser = copy(savedConfig);
        looser.put("config", codes.with(Map.of("max-failures", "10")));
        assertThat(keycloak.put(REALM_API + "/authentication/config/" + codes.id(), helpdesk, looser).status()).isEqualTo(403);
        assertThat(admin.get("/authentication/config/" + codes.id()).json()).isEqualTo(savedConfig);
        String levelTwo = "/authentication/flows/" + URLEncoder.encode("bpjstk level 2", StandardCharsets.UTF_8).replace("+", "%20")
                + "/executions";
        JsonNode executions = admin.get(levelTwo).json();
        Map<String, Object> skipped = copy(executions.get(0));
        skipped.put("requirement", "DISABLED");
        assertThat(keycloak.put(REALM_API + levelTwo, helpdesk, skipped).status()).isEqualTo(403);
        assertThat(admin.get(levelTwo).json()).isEqualTo(executions);

        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        JsonNode realmAdmin = admin.get("/roles/realm-admin").json();
        JsonNode officer = admin.get("/roles/claims-officer").json();
        String realmManagement = clientId(admin, "realm-management");
        JsonNode manageUsers = admin.get("/clients/" + realmManagement + "/roles/manage-users").json();
        assertThat(keycloak.post(REALM_API + "/users/" + operator.id() + "/role-mappings/realm", helpdesk, List.of(role(realmAdmin)))
                .status()).isEqualTo(403);
        assertThat(keycloak.post(REALM_API + "/users/" + member.id() + "/role-mappings/realm", helpdesk, List.of(role(officer)))
                .status()).isEqualTo(403);
        assertThat(keycloak.post(REALM_API + "/users/" + operator.id() + "/role-mappings/clients/" + realmManagement, helpdesk,
                List.of(role(manageUsers))).status()).isEqualTo(403);
        assertThat(names(admin.get("/users/" + operator.id() + "/role-mappings/realm/composite").json()))
                .contains("helpdesk", "operator").doesNotContain("realm-admin");
        assertThat(names(admin.get("/users/" + operator.id() + "/role-mappings/clients/" + realmManagement + "/composite").json()))
                .doesNotContain("manage-users", "manage-clients", "manage-realm", "view-clients");
        assertThat(names(admin.get("/users/" + member.id() + "/role-mappings/realm/composite").json())).doesNotContain("claims-officer");

        JsonNode account = admin.get("/users/" + member.id()).json();
        Map<String, Object> phoneChanged = copy(account);
        phoneChanged.put("attributes", Map.of("phoneNumber", List.of("+6281377777777"), "phoneNumberVerified", List.of("true")));
        assertThat(keycloak.put(REALM_API + "/users/" + member.id(), helpdesk, phoneChanged).status()).isEqualTo(403);
        assertThat(keycloak.put(REALM_API + "/users/" + member.id() + "/reset-password", helpdesk,
                Map.of("type", "password", "value", "Sandi-Baru-Helpdesk-2026", "temporary", false)).status()).isEqualTo(403);
        assertThat(admin.get("/users/" + member.id()).json().at("/attributes/phoneNumber/0").asText()).isEqualTo(member.phone());
        new Oidc(stack).signIn(member.kpj(), member.password());
    }

    @Test
    void aStaffTokenOfAMemberApplicationOrAtLevelOneGetsNothingFromTheAdminApi(Stack stack) {
        TestStaff staff = new TestStaff(stack);
        TestStaff.Staff operator = staff.create("helpdesk");
        Api keycloak = new Api(stack.keycloakUrl());

        Oidc.Tokens portal = staff.signInAtLevelTwo(operator);
        assertThat(portal.access().get("acr").asText()).isEqualTo("2");
        assertThat(portal.access().at("/realm_access/roles")).extracting(JsonNode::asText).contains("operator")
                .doesNotContain("helpdesk", "realm-admin");
        assertThat(portal.access().path("resource_access").has("realm-management")).isFalse();
        for (String path : List.of("/users", "/events", "/admin-events", "/clients", "/roles")) {
            Api.Response refused = keycloak.get(REALM_API + path, portal.accessToken());
            assertThat(refused.status()).as(path).isEqualTo(403);
        }
        // membership-service still takes it: the staff APIs' role operator is what the portal's token carries
        assertThat(new Api(stack.membershipUrl()).get("/api/operator/members/" + DemoAccounts.SITI_KPJ, portal.accessToken())
                .status()).isEqualTo(200);

        // the admin console asks for level 2 itself: a password alone does not reach it
        Browser.Page passwordOnly = CodeLogin.adminConsole(stack).password(operator.username(), operator.password());
        assertThat(passwordOnly.leftOrigin()).isFalse();
        assertThat(passwordOnly.document().getElementById(CodeLogin.CODE_FORM)).isNotNull();
        // and a level-1 token of a member application, where the flow gives one to staff, opens nothing either
        TestStaff.Staff another = staff.create("helpdesk");
        CodeLogin levelOne = new CodeLogin(stack);
        Browser.Page page = levelOne.password(another.username(), another.password());
        if (page.leftOrigin()) {
            String token = levelOne.tokens(page).accessToken();
            assertThat(Oidc.payload(token).get("acr").asText()).isEqualTo("1");
            assertThat(keycloak.get(REALM_API + "/users", token).status()).isEqualTo(403);
        } else {
            assertThat(page.document().getElementById(CodeLogin.CODE_FORM)).as("staff are taken to level 2").isNotNull();
        }
    }

    @Test
    void aClaimsOfficerHasNoAdminRights(Stack stack) {
        String officer = new TestStaff(stack).adminConsoleToken("claims-officer");
        Api keycloak = new Api(stack.keycloakUrl());

        for (String path : List.of("/users", "/events", "/admin-events", "/clients", "/authentication/flows")) {
            assertThat(keycloak.get(REALM_API + path, officer).status()).as(path).isEqualTo(403);
        }
    }

    @Test
    void fullAdministrationIsABreakGlassGrantThatTheAdminEventsShowAndThatIsTakenBack(Stack stack) {
        Admin admin = new Admin(stack);
        TestStaff staff = new TestStaff(stack);
        Api keycloak = new Api(stack.keycloakUrl());
        assertThat(admin.get("/roles/realm-admin/users").json()).as("held by no one day to day").isEmpty();
        TestStaff.Staff operator = staff.create("helpdesk");
        JsonNode realmAdmin = admin.get("/roles/realm-admin").json();
        String realmId = admin.get("").json().get("id").asText();
        String partnerDemo = clientId(admin, "partner-demo");

        assertThat(admin.post("/users/" + operator.id() + "/role-mappings/realm", List.of(role(realmAdmin))).status()).isEqualTo(204);

        assertThat(names(admin.get("/roles/realm-admin/users").json(), "username")).containsExactly(operator.username());
        JsonNode granted = roleMappingEvent(admin, operator.id(), "CREATE");
        assertThat(granted).as("the grant is an admin event").isNotNull();
        assertThat(granted.at("/authDetails/realmId").asText()).as("made from the master realm").isNotEqualTo(realmId);
        String breakGlass = staff.signInToTheAdminConsole(operator).accessToken();
        assertThat(keycloak.get(REALM_API + "/clients/" + partnerDemo + "/client-secret", breakGlass).status()).isEqualTo(200);

        assertThat(admin.delete("/users/" + operator.id() + "/role-mappings/realm", List.of(role(realmAdmin))).status()).isEqualTo(204);

        assertThat(admin.get("/roles/realm-admin/users").json()).isEmpty();
        assertThat(roleMappingEvent(admin, operator.id(), "DELETE")).as("taking it back is an admin event too").isNotNull();
        assertThat(keycloak.get(REALM_API + "/clients/" + partnerDemo + "/client-secret", breakGlass).status())
                .as("the same console session has no rights left").isEqualTo(403);
    }

    @Test
    void noFlowStepOfTheRealmTakesAnAddressOrACredential(Stack stack) {
        Admin admin = new Admin(stack);
        List<String> settings = new ArrayList<>();
        for (JsonNode flow : admin.get("/authentication/flows").json()) {
            String alias = URLEncoder.encode(flow.get("alias").asText(), StandardCharsets.UTF_8).replace("+", "%20");
            for (JsonNode execution : admin.get("/authentication/flows/" + alias + "/executions").json()) {
                if (!execution.path("configurable").asBoolean() || !execution.has("providerId")) {
                    continue;
                }
                Api.Response description = admin.get("/authentication/config-description/" + execution.get("providerId").asText());
                if (description.status() == 200) {
                    description.json().path("properties").forEach(property -> settings.add(
                            execution.get("providerId").asText() + ":" + property.get("name").asText()));
                }
            }
        }
        assertThat(settings).as("the settings of the realm's flow steps").isNotEmpty()
                .anyMatch(setting -> setting.startsWith("bpjstk-member-registration:"));
        assertThat(settings).noneMatch(setting -> setting.matches("(?i)bpjstk-.*:.*(url|host|secret|client|token|password|nik-hash).*"));
    }

    private static String unlockPath(Stack stack, String userId) {
        return "/realms/" + Stack.REALM + "/helpdesk/users/" + userId + "/unlock";
    }

    private static String clientId(Admin admin, String clientId) {
        return admin.get("/clients?clientId=" + clientId).json().get(0).get("id").asText();
    }

    private static Map<String, Object> role(JsonNode role) {
        Map<String, Object> value = new HashMap<>();
        value.put("id", role.get("id").asText());
        value.put("name", role.get("name").asText());
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(JsonNode node) {
        return new HashMap<>(JSON.convertValue(node, Map.class));
    }

    private static List<String> names(JsonNode array) {
        return names(array, "name");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.path(field).asText()));
        return names;
    }

    private static JsonNode roleMappingEvent(Admin admin, String userId, String operation) {
        for (JsonNode event : admin.get("/admin-events?resourceTypes=REALM_ROLE_MAPPING&operationTypes=" + operation + "&max=100").json()) {
            if (event.path("resourcePath").asText().equals("users/" + userId + "/role-mappings/realm")) {
                return event;
            }
        }
        return null;
    }
}
