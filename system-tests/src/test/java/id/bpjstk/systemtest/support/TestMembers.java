package id.bpjstk.systemtest.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Members made for one test through Keycloak's admin API, each with its own KPJ and phone number so that tests never
 * share send limits or lockout counters.
 */
public final class TestMembers {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A member account; {@code totpSecret} is set where an authenticator app is enrolled. */
    public record Member(String id, String kpj, String password, String phone, String email, String totpSecret) {

        /** The authenticator app's current code. */
        public String totp() {
            return TestMembers.totp(totpSecret);
        }
    }

    public enum Option { PHONE_VERIFIED, TWO_STEP_SMS, AUTHENTICATOR_APP }

    /** A member of the registry (membership-service) with an account in the realm, as a registered member has. */
    public record RegisteredMember(Member account, String nik, String birthDate) {
        public String kpj() {
            return account.kpj();
        }
    }

    private final Admin admin;
    private final Stack stack;

    public TestMembers(Stack stack) {
        this.admin = new Admin(stack);
        this.stack = stack;
    }

    /** A participant in the member registry (membership-service) who has no account yet, as one about to register. */
    public record RegistryParticipant(String kpj, String nik, String birthDate, String phone, String email) {
    }

    /** A new participant in the member registry, with her own KPJ, NIK, birth date, phone and email; no account. */
    public RegistryParticipant createInRegistry() {
        int year = 1970 + RANDOM.nextInt(30);
        int month = 1 + RANDOM.nextInt(12);
        int day = 1 + RANDOM.nextInt(28);
        String nik = String.format("317101%02d%02d%02d%04d", day, month, year % 100, 1 + RANDOM.nextInt(9999));
        String birthDate = String.format("%04d-%02d-%02d", year, month, day);
        String kpj = "118" + digits(8);
        String phone = "+62813" + digits(8);
        String email = "registered-" + kpj + "@example.test";
        try (java.sql.Connection db = stack.registryDatabase();
             java.sql.PreparedStatement insert = db.prepareStatement("insert into members (membership_number, nik, full_name, "
                     + "birth_date, sex, participant_category, status, employer_name, phone_number, email, registered_since) "
                     + "values (?, ?, ?, ?, 'MALE', 'PU', 'ACTIVE', 'PT Uji Coba', ?, ?, date '2020-01-02')")) {
            insert.setString(1, kpj);
            insert.setString(2, nik);
            insert.setString(3, "Peserta Uji " + kpj);
            insert.setObject(4, java.time.LocalDate.parse(birthDate));
            insert.setString(5, phone);
            insert.setString(6, email);
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError("could not add a registry member", e);
        }
        return new RegistryParticipant(kpj, nik, birthDate, phone, email);
    }

    /**
     * A participant in the member registry with an account whose phone is verified. With {@code nikHashStored} the
     * account keeps the NIK's keyed hash, as one made by registration does; without it, it is like an imported one.
     */
    public RegisteredMember createRegistered(boolean nikHashStored) {
        RegistryParticipant participant = createInRegistry();
        Map<String, List<String>> extra = new HashMap<>();
        if (nikHashStored) {
            extra.put("nikHash", List.of(nikHash(stack.nikHashKey(), participant.nik())));
        }
        Member account = create(participant.kpj(), participant.phone(), participant.email(), List.of(), extra, List.of(Option.PHONE_VERIFIED));
        return new RegisteredMember(account, participant.nik(), participant.birthDate());
    }

    /** The keyed hash of a NIK as the extension keeps it: {@code v1:} and the URL-safe HMAC-SHA256. */
    static String nikHash(String key, String nik) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v1:" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(nik.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    public Member create(Option... options) {
        return create(List.of(), options);
    }

    /** A member with the given required actions pending (e.g. {@code bpjstk-verify-phone}). */
    public Member create(List<String> requiredActions, Option... options) {
        String kpj = "119" + digits(8);
        return create(kpj, "+62812" + digits(8), "member-" + kpj + "@example.test", requiredActions, Map.of(), List.of(options));
    }

    private Member create(String kpj, String phone, String email, List<String> requiredActions,
            Map<String, List<String>> extraAttributes, List<Option> chosen) {
        String password = "Uji-Sandi-" + digits(6) + "-Panjang";
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put("membershipNumber", List.of(kpj));
        attributes.put("participantCategory", List.of("PU"));
        attributes.put("phoneNumber", List.of(phone));
        attributes.put("phoneNumberVerified", List.of(Boolean.toString(chosen.contains(Option.PHONE_VERIFIED))));
        if (chosen.contains(Option.TWO_STEP_SMS)) {
            attributes.put("twoStepVerification", List.of("sms"));
        }
        attributes.putAll(extraAttributes);
        List<Map<String, Object>> credentials = new ArrayList<>();
        credentials.add(Map.of("type", "password", "value", password, "temporary", false));
        String totpSecret = null;
        if (chosen.contains(Option.AUTHENTICATOR_APP)) {
            totpSecret = "uji" + digits(17);
            credentials.add(Map.of("type", "otp", "userLabel", "Aplikasi autentikator",
                    "secretData", "{\"value\":\"" + totpSecret + "\"}",
                    "credentialData", "{\"subType\":\"totp\",\"digits\":6,\"period\":30,\"algorithm\":\"HmacSHA1\",\"counter\":0}"));
        }
        Map<String, Object> user = new HashMap<>();
        user.put("username", kpj);
        user.put("enabled", true);
        user.put("email", email);
        user.put("emailVerified", true);
        user.put("firstName", "Peserta");
        user.put("lastName", "Uji " + kpj);
        user.put("attributes", attributes);
        user.put("credentials", credentials);
        user.put("realmRoles", List.of("member"));
        user.put("requiredActions", requiredActions);
        Api.Response created = admin.post("/users", user);
        if (created.status() != 201) {
            throw new AssertionError("could not create a test member: " + created.status() + " " + new String(created.bytes()));
        }
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        // the admin API ignores realmRoles on create: map the role explicitly
        JsonNode role = admin.get("/roles/member").json();
        admin.post("/users/" + id + "/role-mappings/realm", List.of(Map.of("id", role.get("id").asText(), "name", "member")));
        return new Member(id, kpj, password, phone, email, totpSecret);
    }

    /** Turns SMS two-step verification on, as an operator does in the admin console. */
    public void turnOnSmsTwoStep(Member member) {
        JsonNode user = admin.get("/users/" + member.id()).json();
        @SuppressWarnings("unchecked")
        Map<String, Object> update = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(user, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) update.get("attributes"));
        attributes.put("twoStepVerification", List.of("sms"));
        update.put("attributes", attributes);
        Api.Response updated = admin.put("/users/" + member.id(), update);
        if (updated.status() != 204) {
            throw new AssertionError("could not turn two-step on: " + updated.status() + " " + new String(updated.bytes()));
        }
    }

    /** Removes the member's authenticator app, as the member does in the account console. */
    public void removeAuthenticatorApp(Member member) {
        for (JsonNode credential : admin.get("/users/" + member.id() + "/credentials").json()) {
            if ("otp".equals(credential.path("type").asText())) {
                Api.Response removed = admin.delete("/users/" + member.id() + "/credentials/" + credential.path("id").asText());
                if (removed.status() != 204) {
                    throw new AssertionError("could not remove the authenticator app: " + removed.status());
                }
            }
        }
    }

    /** The member's attributes as Keycloak holds them now. */
    public JsonNode attributes(Member member) {
        return admin.get("/users/" + member.id()).json().path("attributes");
    }

    /** What brute-force protection knows of the member: numFailures, disabled, ... */
    public JsonNode bruteForceStatus(Member member) {
        return new Api(admin.keycloakUrl()).get("/admin/realms/" + Stack.REALM + "/attack-detection/brute-force/users/" + member.id(), admin.token()).json();
    }

    /** An authenticator app's current code for a secret (RFC 6238: HMAC-SHA1, 30 s, 6 digits). */
    public static String totp(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            long counter = System.currentTimeMillis() / 1000 / 30;
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code count} random decimal digits, for usernames and numbers no other test uses. */
    static String digits(int count) {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < count; i++) {
            value.append(RANDOM.nextInt(10));
        }
        return value.toString();
    }
}
