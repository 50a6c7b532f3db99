package id.bpjstk.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What must hold of the realm as code before any server sees it. The behaviour itself (login, tokens, policies)
 * is tested on the real Keycloak in system-tests.
 */
class RealmDefinitionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = RealmDefinitionTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static JsonNode realm() throws IOException {
        return resource("/realm/bpjstk-realm.json");
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        if (object != null) {
            object.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void theRealmFileHoldsNoPeopleOnlyServiceAccounts() throws IOException {
        List<JsonNode> users = list(realm().get("users"));

        assertThat(users).extracting(user -> user.get("serviceAccountClientId").asText())
                .containsExactlyInAnyOrder("identity-provider-registry", "claims-service");
        assertThat(users).allMatch(user -> !user.has("credentials"));
    }

    @Test
    void confidentialClientSecretsComeFromTheEnvironment() throws IOException {
        for (JsonNode client : list(realm().get("clients"))) {
            if (!client.path("publicClient").asBoolean(false)) {
                assertThat(client.get("secret").asText()).as(client.get("clientId").asText()).matches("\\$\\{[A-Z_]+}");
            }
        }
    }

    @Test
    void noClientAllowsDirectGrantImplicitDeviceOrCiba() throws IOException {
        for (JsonNode client : list(realm().get("clients"))) {
            String id = client.get("clientId").asText();
            assertThat(client.get("directAccessGrantsEnabled").asBoolean()).as(id).isFalse();
            assertThat(client.get("implicitFlowEnabled").asBoolean()).as(id).isFalse();
            assertThat(client.at("/attributes/oauth2.device.authorization.grant.enabled").asText()).as(id).isEqualTo("false");
            assertThat(client.at("/attributes/oidc.ciba.grant.enabled").asText()).as(id).isEqualTo("false");
        }
    }

    @Test
    void browserClientsRequirePkceS256() throws IOException {
        for (JsonNode client : list(realm().get("clients"))) {
            if (client.get("standardFlowEnabled").asBoolean()) {
                assertThat(client.at("/attributes/pkce.code.challenge.method").asText()).as(client.get("clientId").asText()).isEqualTo("S256");
            }
        }
    }

    @Test
    void noFlowStepSaysWhereTheMemberRegistryIs() throws IOException {
        // the registry and its credentials are server configuration only: a realm setting must not send NIKs elsewhere
        for (JsonNode config : list(realm().get("authenticatorConfig"))) {
            assertThat(config.path("config").has("registry-url")).as(config.get("alias").asText()).isFalse();
        }
        assertThat(realm().toString()).doesNotContain("registry-url");
    }

    @Test
    void wrongCodesAreCappedPerAccountAndDayOnTheCodeStepsOfSignInStepUpAndRecovery() throws IOException {
        JsonNode codes = null;
        for (JsonNode config : list(realm().get("authenticatorConfig"))) {
            if ("bpjstk sms code".equals(config.path("alias").asText())) {
                codes = config.path("config");
            }
        }
        assertThat(codes).as("the configuration bpjstk sms code").isNotNull();
        assertThat(Integer.parseInt(codes.path("max-wrong-codes-per-day").asText())).isBetween(1, 10);
        assertThat(Integer.parseInt(codes.path("max-wrong-reset-codes-per-day").asText())).isBetween(1, 10);
    }

    @Test
    void theNikIsNeverMappedIntoATokenOrDeclaredInTheUserProfile() throws IOException {
        assertThat(realm().toString().toLowerCase()).doesNotContain("\"nik\"").doesNotContain("nik\\\"");
    }

    @Test
    void everyClientScopeTheClientsNameExists() throws IOException {
        JsonNode realm = realm();
        List<String> scopes = list(realm.get("clientScopes")).stream().map(s -> s.get("name").asText()).toList();
        for (JsonNode client : list(realm.get("clients"))) {
            for (String field : List.of("defaultClientScopes", "optionalClientScopes")) {
                for (JsonNode scope : client.get(field)) {
                    assertThat(scopes).as(client.get("clientId").asText() + " " + field).contains(scope.asText());
                }
            }
        }
    }

    @Test
    void demoAccountsAreMembersWithRegistryAttributesOrStaff() throws IOException {
        JsonNode demo = resource("/demo/bpjstk-users-0.json");
        assertThat(demo.get("realm").asText()).isEqualTo("bpjstk");
        for (JsonNode user : list(demo.get("users"))) {
            List<String> roles = list(user.get("realmRoles")).stream().map(JsonNode::asText).toList();
            if (roles.contains("member")) {
                assertThat(user.at("/attributes/membershipNumber/0").asText()).isEqualTo(user.get("username").asText()).matches("\\d{11}");
                assertThat(user.at("/attributes/participantCategory/0").asText()).isIn("PU", "BPU");
                assertThat(user.at("/attributes/phoneNumber/0").asText()).matches("\\+628\\d{7,11}");
            } else {
                assertThat(roles).containsAnyOf("claims-officer", "helpdesk").doesNotContain("realm-admin", "operator");
                // staff are not members: only the verified phone their level-2 sign-in sends its code to
                assertThat(fieldNames(user.get("attributes"))).containsExactlyInAnyOrder("phoneNumber", "phoneNumberVerified");
                assertThat(user.at("/attributes/phoneNumber/0").asText()).matches("\\+628\\d{7,11}");
                assertThat(user.at("/attributes/phoneNumberVerified/0").asText()).isEqualTo("true");
            }
        }
    }

    @Test
    void staffRolesGiveTheHelpDeskReadingOnlyAndKeepFullAdministrationForBreakGlass() throws IOException {
        JsonNode roles = realm().at("/roles/realm");
        assertThat(adminRolesOf(roles, "helpdesk")).containsExactlyInAnyOrder("view-users", "view-events");
        assertThat(realmRolesOf(roles, "helpdesk")).containsExactly("operator");
        assertThat(adminRolesOf(roles, "realm-admin")).containsExactly("realm-admin");
        for (String plain : List.of("operator", "claims-officer", "member")) {
            assertThat(role(roles, plain).path("composite").asBoolean(false)).as(plain + " carries no other role").isFalse();
        }
        for (JsonNode user : list(resource("/demo/bpjstk-users-0.json").get("users"))) {
            assertThat(list(user.get("realmRoles"))).extracting(JsonNode::asText).as(user.get("username").asText())
                    .doesNotContain("realm-admin");
        }
    }

    @Test
    void memberClientsScopeOnlyTheRolesTheirApisCheckAndNoneThatCarriesAdminRights() throws IOException {
        JsonNode realm = realm();
        JsonNode roles = realm.at("/roles/realm");
        for (String clientId : List.of("member-portal", "member-web", "partner-demo")) {
            JsonNode client = list(realm.get("clients")).stream().filter(c -> clientId.equals(c.get("clientId").asText())).findFirst().orElseThrow();
            assertThat(client.get("fullScopeAllowed").asBoolean(true)).as(clientId).isFalse();
            List<String> scoped = list(realm.get("scopeMappings")).stream().filter(m -> clientId.equals(m.get("client").asText()))
                    .flatMap(m -> list(m.get("roles")).stream()).map(JsonNode::asText).toList();
            assertThat(scoped).as(clientId).contains("member").doesNotContain("helpdesk", "realm-admin");
            for (String name : scoped) {
                assertThat(role(roles, name).path("composite").asBoolean(false)).as(clientId + " scopes " + name).isFalse();
            }
        }
    }

    @Test
    void theAdminConsoleAsksForLevelTwo() throws IOException {
        JsonNode console = list(realm().get("clients")).stream()
                .filter(c -> "security-admin-console".equals(c.get("clientId").asText())).findFirst().orElseThrow();
        assertThat(console.at("/attributes/minimum.acr.value").asText()).isEqualTo("2");
        assertThat(console.get("publicClient").asBoolean()).isTrue();
        assertThat(list(console.get("redirectUris"))).extracting(JsonNode::asText).containsExactly("/admin/bpjstk/console/*");
    }

    @Test
    void thePartnerDemoMustPushItsAuthorizationRequestsAndIsToldOfEachEndedSessionByBackChannel() throws IOException {
        JsonNode partner = list(realm().get("clients")).stream()
                .filter(c -> "partner-demo".equals(c.get("clientId").asText())).findFirst().orElseThrow();
        JsonNode attributes = partner.get("attributes");
        assertThat(partner.get("consentRequired").asBoolean()).isTrue();
        assertThat(partner.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(attributes.get("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(attributes.get("require.pushed.authorization.requests").asText()).isEqualTo("true");
        // Keycloak sends back-channel logouts only to clients without front-channel logout
        assertThat(partner.get("frontchannelLogout").asBoolean()).isFalse();
        assertThat(attributes.get("backchannel.logout.url").asText())
                .isEqualTo("${BPJSTK_PARTNER_BACKCHANNEL_LOGOUT_URL:http://127.0.0.1:8084/back-channel-logout}");
        assertThat(attributes.get("backchannel.logout.session.required").asText()).isEqualTo("true");
        // DPoP is Keycloak's (on by default in 26.7): offered to partners, not required, since the services check bearer tokens
        assertThat(attributes.get("dpop.bound.access.tokens").asText()).isEqualTo("false");
    }

    private static JsonNode role(JsonNode roles, String name) {
        return list(roles).stream().filter(r -> name.equals(r.get("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no realm role " + name));
    }

    private static List<String> adminRolesOf(JsonNode roles, String name) {
        return list(role(roles, name).at("/composites/client/realm-management")).stream().map(JsonNode::asText).toList();
    }

    private static List<String> realmRolesOf(JsonNode roles, String name) {
        return list(role(roles, name).at("/composites/realm")).stream().map(JsonNode::asText).toList();
    }

    @Test
    void thePasswordBlocklistHasOverTenThousandLowercaseEntriesIncludingLocalOnes() throws IOException {
        List<String> entries;
        try (InputStream in = getClass().getResourceAsStream("/password-blacklists/bpjstk-password-blocklist.txt")) {
            assertThat(in).isNotNull();
            entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }

        assertThat(entries).hasSizeGreaterThan(10_000);
        assertThat(entries).allMatch(e -> e.equals(e.toLowerCase()) && !e.isBlank());
        assertThat(entries).contains("password", "123456", "bpjsketenagakerjaan", "jaminanharitua");
        assertThat(realm().get("passwordPolicy").asText()).contains("passwordBlacklist(bpjstk-password-blocklist.txt)");
    }

    @Test
    void passkeysAreOnWithUserVerificationAndDiscoverableKeysAndMembersCanEnrolOne() throws IOException {
        JsonNode realm = realm();

        assertThat(realm.get("webAuthnPolicyPasswordlessPasskeysEnabled").asBoolean()).isTrue();
        // a passkey gives level 2 only because the device checks the member herself
        assertThat(realm.get("webAuthnPolicyPasswordlessUserVerificationRequirement").asText()).isEqualTo("required");
        assertThat(realm.get("webAuthnPolicyPasswordlessResidentKey").asText()).isEqualTo("required");
        assertThat(realm.get("webAuthnPolicyPasswordlessMediation").asText()).isEqualTo("conditional");
        assertThat(realm.get("webAuthnPolicyPasswordlessRpId").asText()).isEqualTo("${BPJSTK_PASSKEY_RP_ID:localhost}");
        assertThat(list(realm.get("requiredActions")))
                .filteredOn(action -> action.get("providerId").asText().equals("webauthn-register-passwordless"))
                .singleElement().satisfies(action -> assertThat(action.get("enabled").asBoolean()).isTrue());
    }

    @Test
    void everyMessageKeyTheRealmUsesIsTranslatedInIndonesianAndEnglish() throws IOException {
        List<String> keys = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\$\\{([a-zA-Z]+)}").matcher(realm().toString());
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        Properties builtIn = new Properties();
        builtIn.putAll(java.util.Map.of("username", "", "email", "", "firstName", "", "lastName", "",
                "profileScopeConsentText", "", "emailScopeConsentText", "", "phoneScopeConsentText", "", "rolesScopeConsentText", "",
                // not messages: Keycloak's own base URL (the root of its account clients) and the admin console's root
                "authBaseUrl", "", "authAdminUrl", ""));
        // the login theme's own messages, and those every theme shares (the user-profile attributes' names)
        Path resources = Path.of("..", "identity-provider", "src", "main", "resources");
        List<Path> bundles = List.of(resources.resolve("theme/bpjstk/login/messages"), resources.resolve("theme-resources/messages"));
        for (String language : List.of("id", "en")) {
            Properties bundle = new Properties();
            for (Path messages : bundles) {
                try (var reader = Files.newBufferedReader(messages.resolve("messages_" + language + ".properties"))) {
                    bundle.load(reader);
                }
            }
            for (String key : keys) {
                assertThat(bundle.containsKey(key) || builtIn.containsKey(key)).as("%s in messages_%s", key, language).isTrue();
            }
        }
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return list(realm.get("clients")).stream().filter(c -> clientId.equals(c.get("clientId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    @Test
    void theAccountConsoleAndItsAccountClientAreDeclaredWithTheRealmsScopes() throws IOException {
        // Keycloak makes both itself only when the realm file lacks "account", and then before the realm's client
        // scopes exist: the console's token would carry neither audience account nor its roles
        JsonNode realm = realm();
        for (String id : List.of("account", "account-console")) {
            JsonNode client = client(realm, id);
            assertThat(client.get("redirectUris")).extracting(JsonNode::asText).containsExactly("/realms/bpjstk/account/*");
            assertThat(client.get("defaultClientScopes")).extracting(JsonNode::asText).as(id)
                    .contains("basic", "acr", "roles", "web-origins", "profile", "email");
            assertThat(client.get("fullScopeAllowed").asBoolean(true)).as(id).isFalse();
        }
        // the account console, and the member portal's back end for its security page, may carry manage-account
        assertThat(list(realm.at("/clientScopeMappings/account"))).extracting(mapping -> mapping.get("client").asText())
                .containsExactlyInAnyOrder("account-console", "member-web");
        assertThat(list(realm.at("/clientScopeMappings/account"))).allSatisfy(mapping ->
                assertThat(mapping.get("roles")).extracting(JsonNode::asText).contains("manage-account"));
        assertThat(list(realm.at("/roles/client/account"))).extracting(role -> role.get("name").asText())
                .contains("view-profile", "manage-account", "manage-account-links", "view-groups");
    }

    @Test
    void everyAccountHoldsTheDefaultRoleWithTheAccountConsolesRoles() throws IOException {
        JsonNode realm = realm();
        String defaultRole = realm.at("/defaultRole/name").asText();
        assertThat(defaultRole).isEqualTo("default-roles-bpjstk");
        JsonNode declared = list(realm.at("/roles/realm")).stream().filter(role -> defaultRole.equals(role.get("name").asText()))
                .findFirst().orElseThrow();
        assertThat(declared.at("/composites/client/account")).extracting(JsonNode::asText).contains("view-profile", "manage-account");
        // an import does not give users the default role (accounts made through the admin API or registration get it)
        for (JsonNode user : list(resource("/demo/bpjstk-users-0.json").get("users"))) {
            assertThat(user.get("realmRoles")).extracting(JsonNode::asText).as(user.get("username").asText()).contains(defaultRole);
        }
    }

    /** The member APIs' scopes, each with the service whose audience it carries (membership carries none). */
    private static final Map<String, String> API_SCOPES = new LinkedHashMap<>();

    static {
        API_SCOPES.put("membership", null);
        API_SCOPES.put("balances.read", "membership-service");
        API_SCOPES.put("contributions.read", "membership-service");
        API_SCOPES.put("contact.write", "membership-service");
        API_SCOPES.put("claims.read", "claims-service");
        API_SCOPES.put("claims.write", "claims-service");
    }

    private static JsonNode clientScope(JsonNode realm, String name) {
        return list(realm.get("clientScopes")).stream().filter(scope -> name.equals(scope.get("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no client scope " + name));
    }

    /** The audiences the scope's mappers add to access tokens. */
    private static Set<String> audiencesOf(JsonNode scope) {
        return list(scope.path("protocolMappers")).stream()
                .filter(mapper -> "oidc-audience-mapper".equals(mapper.get("protocolMapper").asText()))
                .filter(mapper -> mapper.at("/config/access.token.claim").asBoolean())
                .map(mapper -> mapper.at("/config/included.custom.audience").asText()).collect(Collectors.toSet());
    }

    private static List<String> scopesOf(JsonNode client, String field) {
        return list(client.get(field)).stream().map(JsonNode::asText).toList();
    }

    /** Every audience a token of the client can carry through its scopes, default or optional. */
    private static Set<String> reachableAudiences(JsonNode realm, JsonNode client) {
        Set<String> audiences = new TreeSet<>();
        for (String field : List.of("defaultClientScopes", "optionalClientScopes")) {
            scopesOf(client, field).forEach(name -> audiences.addAll(audiencesOf(clientScope(realm, name))));
        }
        audiences.addAll(audiencesOf(client));
        return audiences;
    }

    @Test
    void everyMemberApiScopeIsNamedInTheTokenAndShownOnTheConsentScreenWithItsOwnWords() throws IOException {
        JsonNode realm = realm();
        for (String name : API_SCOPES.keySet()) {
            JsonNode scope = clientScope(realm, name);
            assertThat(scope.get("protocol").asText()).as(name).isEqualTo("openid-connect");
            // the services read what a token may do from its scope claim
            assertThat(scope.at("/attributes/include.in.token.scope").asText()).as(name).isEqualTo("true");
            assertThat(scope.at("/attributes/display.on.consent.screen").asText()).as(name).isEqualTo("true");
            String key = Pattern.compile("[.-](\\w)").matcher(name).replaceAll(m -> m.group(1).toUpperCase()) + "ScopeConsentText";
            assertThat(scope.at("/attributes/consent.screen.text").asText()).as(name).isEqualTo("${" + key + "}");
        }
        // the consent screen lists them in this order, before Keycloak's own scopes (which have none)
        assertThat(API_SCOPES.keySet().stream()
                .map(name -> Integer.parseInt(clientScope(realm, name).at("/attributes/gui.order").asText())))
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void eachApiScopeCarriesTheAudienceOfItsServiceAndTheMembershipScopeNone() throws IOException {
        JsonNode realm = realm();
        API_SCOPES.forEach((name, service) -> assertThat(audiencesOf(clientScope(realm, name))).as(name)
                .isEqualTo(service == null ? Set.of() : Set.of(service)));
    }

    @Test
    void onlyTheClaimsScopesMakeATokenForClaimsService() throws IOException {
        JsonNode realm = realm();
        assertThat(list(realm.get("clientScopes")).stream().filter(scope -> audiencesOf(scope).contains("claims-service"))
                .map(scope -> scope.get("name").asText())).containsExactlyInAnyOrder("claims.read", "claims.write");
        for (JsonNode client : list(realm.get("clients"))) {
            assertThat(audiencesOf(client)).as(client.get("clientId").asText() + "'s own mappers").isEmpty();
        }
        // the roles scope's audience resolution adds a client's audience only for that client's roles: it has none
        assertThat(fieldNames(realm.get("clientScopeMappings"))).doesNotContain("claims-service", "membership-service");
        assertThat(list(realm.at("/roles/client/claims-service"))).isEmpty();
    }

    @Test
    void theFirstPartyMemberClientsCarryEveryMemberApiScopeByDefaultWithoutConsent() throws IOException {
        JsonNode realm = realm();
        for (String id : List.of("member-portal", "member-web")) {
            JsonNode client = client(realm, id);
            assertThat(client.get("consentRequired").asBoolean()).as(id).isFalse();
            assertThat(scopesOf(client, "defaultClientScopes")).as(id).containsAll(API_SCOPES.keySet());
            assertThat(reachableAudiences(realm, client)).as(id).containsExactlyInAnyOrder("membership-service", "claims-service");
        }
    }

    @Test
    void thePartnerAppAsksForConsentGetsTheMembershipAndMayBeGrantedProfileBalancesAndContributionsOnly() throws IOException {
        JsonNode realm = realm();
        JsonNode partner = client(realm, "partner-demo");
        assertThat(partner.get("consentRequired").asBoolean()).isTrue();
        assertThat(scopesOf(partner, "defaultClientScopes"))
                .containsExactlyInAnyOrder("basic", "acr", "roles", "web-origins", "membership", "membership-service");
        assertThat(scopesOf(partner, "optionalClientScopes"))
                .containsExactlyInAnyOrder("profile", "balances.read", "contributions.read");
        // writing and claims are an operator's deliberate grant, never the demo partner's
        assertThat(reachableAudiences(realm, partner)).containsExactly("membership-service");
    }

    @Test
    void theMembershipServiceAudienceScopeGrantsNothingAndIsNotShownForConsent() throws IOException {
        JsonNode scope = clientScope(realm(), "membership-service");
        assertThat(audiencesOf(scope)).containsExactly("membership-service");
        assertThat(list(scope.get("protocolMappers"))).hasSize(1);
        assertThat(scope.at("/attributes/display.on.consent.screen").asText()).isEqualTo("false");
    }

    @Test
    void serviceAccountsAndTheAccountConsoleCarryNoMemberApiScopeButMembership() throws IOException {
        JsonNode realm = realm();
        for (String id : List.of("identity-provider-registry", "claims-service", "account", "account-console",
                "security-admin-console", "admin-cli")) {
            JsonNode client = client(realm, id);
            List<String> scopes = new ArrayList<>(scopesOf(client, "defaultClientScopes"));
            scopes.addAll(scopesOf(client, "optionalClientScopes"));
            assertThat(scopes).as(id).doesNotContainAnyElementsOf(
                    API_SCOPES.keySet().stream().filter(name -> !name.equals("membership")).toList());
        }
        // the account console's membership scope names her KPJ; without an audience its token reaches no service
        assertThat(reachableAudiences(realm, client(realm, "account-console"))).isEmpty();
        assertThat(reachableAudiences(realm, client(realm, "claims-service"))).containsExactly("membership-service");
    }

    @Test
    void theRolesScopePutsClientRolesInResourceAccessForTheAccountApi() throws IOException {
        JsonNode roles = list(realm().get("clientScopes")).stream().filter(scope -> "roles".equals(scope.get("name").asText()))
                .findFirst().orElseThrow();
        assertThat(list(roles.get("protocolMappers"))).anySatisfy(mapper -> {
            assertThat(mapper.get("protocolMapper").asText()).isEqualTo("oidc-usermodel-client-role-mapper");
            assertThat(mapper.at("/config/claim.name").asText()).isEqualTo("resource_access.${client_id}.roles");
            assertThat(mapper.at("/config/access.token.claim").asText()).isEqualTo("true");
        });
    }
}
