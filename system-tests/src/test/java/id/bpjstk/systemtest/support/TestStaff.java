package id.bpjstk.systemtest.support;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Staff accounts made for one test through Keycloak's admin API: a realm role (claims-officer, operator, helpdesk) and a
 * verified mobile number, so that they sign in at level 2 with an SMS code as staff must for the staff APIs. Each
 * has its own username and number, so that tests never share send limits.
 */
public final class TestStaff {

    public record Staff(String id, String username, String password, String phone) {
    }

    private final Admin admin;
    private final Stack stack;

    public TestStaff(Stack stack) {
        this.admin = new Admin(stack);
        this.stack = stack;
    }

    /** A staff account with this realm role and a verified mobile number. */
    public Staff create(String role) {
        String suffix = TestMembers.digits(8);
        String username = "staff-" + suffix;
        String phone = "+62819" + suffix;
        String password = "Uji-Petugas-" + TestMembers.digits(6) + "-Panjang";
        Map<String, Object> user = Map.of(
                "username", username,
                "enabled", true,
                "email", username + "@bpjstk.example.test",
                "emailVerified", true,
                "firstName", "Petugas",
                "lastName", "Uji " + suffix,
                "attributes", Map.of("phoneNumber", List.of(phone), "phoneNumberVerified", List.of("true")),
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        Api.Response created = admin.post("/users", user);
        if (created.status() != 201) {
            throw new AssertionError("could not create a test staff account: " + created.status() + " " + new String(created.bytes()));
        }
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        JsonNode realmRole = admin.get("/roles/" + role).json();
        Api.Response mapped = admin.post("/users/" + id + "/role-mappings/realm",
                List.of(Map.of("id", realmRole.get("id").asText(), "name", role)));
        if (mapped.status() != 204) {
            throw new AssertionError("could not give the test staff account the role " + role + ": " + mapped.status());
        }
        return new Staff(id, username, password, phone);
    }

    /**
     * Signs the staff member in to the realm's admin console: password, then the SMS code, since the console asks for
     * level 2 itself. Its tokens are the only ones of the realm that Keycloak's admin API takes from staff.
     */
    public Oidc.Tokens signInToTheAdminConsole(Staff staff) {
        return signIn(CodeLogin.adminConsole(stack), staff);
    }

    /** An admin-console token of a new staff account with this role: what an operator of that role holds in the console. */
    public String adminConsoleToken(String role) {
        return signInToTheAdminConsole(create(role)).accessToken();
    }

    /** Signs the staff member in as staff always sign in: password, then the SMS code, whatever the client asks. */
    public Oidc.Tokens signInAtLevelTwo(Staff staff) {
        return signIn(new CodeLogin(stack), staff);
    }

    private Oidc.Tokens signIn(CodeLogin login, Staff staff) {
        Browser.Page codePage = login.password(staff.username(), staff.password());
        return login.tokens(login.code(codePage, stack.sms().latest(staff.phone()).code()));
    }
}
