package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.Mailbox;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Registration;
import id.bpjstk.systemtest.support.SmsGateway;
import id.bpjstk.systemtest.support.FlowConfig;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestStaff;

/**
 * Registration with KPJ + NIK + birth date against the real registry. Ordered: the identity-check throttle counts
 * per client address, and every browser here comes from 127.0.0.1.
 */
@ExtendWith(StackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationTest {

    private static final String BUDI_PHONE = "+6281200000002";
    private static final String PASSWORD = "kopi tubruk di pagi hari";
    private static final String MISMATCH = "Data yang Anda masukkan tidak cocok dengan data kepesertaan kami.";

    @Test
    @Order(1)
    void budiRegistersVerifiesPhoneAndEmailAndSignsInWithKpjOrEmail(Stack stack) {
        Registration registration = new Registration(stack);
        Browser.Page page = registration.open();
        assertThat(page.body()).contains("Nomor peserta (KPJ)", "16 angka Nomor Induk Kependudukan");

        Browser.Page phoneStep = registration.submit(page, Registration.fields(DemoAccounts.BUDI_KPJ, DemoAccounts.BUDI_NIK,
                DemoAccounts.BUDI_BIRTH_DATE, "budi@example.test", "0812-0000-0002", PASSWORD));
        assertThat(phoneStep.body()).contains("Verifikasi nomor ponsel");
        assertThat(stack.sms().latest(BUDI_PHONE).purpose()).isEqualTo("phone-verification");

        Browser.Page emailStep = registration.login().code(phoneStep, stack.sms().latest(BUDI_PHONE).code());
        assertThat(emailStep.leftOrigin()).as("email still to verify").isFalse();
        Browser.Page done = registration.login().browser().get(stack.mail().awaitLink("budi@example.test", "action-token"));

        Oidc.Tokens tokens = registration.login().tokens(done);
        assertThat(tokens.access().get("membership_number").asText()).isEqualTo(DemoAccounts.BUDI_KPJ);
        assertThat(tokens.access().get("preferred_username").asText()).isEqualTo(DemoAccounts.BUDI_KPJ);
        JsonNode budi = user(stack, DemoAccounts.BUDI_KPJ);
        assertThat(budi.get("firstName").asText()).isEqualTo("Budi");
        assertThat(budi.get("lastName").asText()).isEqualTo("Santoso");
        assertThat(budi.get("emailVerified").asBoolean()).isTrue();
        assertThat(budi.at("/attributes/phoneNumber/0").asText()).isEqualTo(BUDI_PHONE);
        assertThat(budi.at("/attributes/phoneNumberVerified/0").asText()).isEqualTo("true");
        assertThat(budi.at("/attributes/nikHash/0").asText()).startsWith("v1:").doesNotContain(DemoAccounts.BUDI_NIK);
        assertThat(budi.toString()).doesNotContain(DemoAccounts.BUDI_NIK);

        // the NIK is kept only as a hash, and a new password holding it is still refused
        Api.Response withNik = new Admin(stack).put("/users/" + budi.get("id").asText() + "/reset-password",
                Map.of("type", "password", "value", "baru " + DemoAccounts.BUDI_NIK + " ya", "temporary", false));
        assertThat(withNik.status()).isEqualTo(400);

        Oidc oidc = new Oidc(stack);
        assertThat(oidc.signIn("budi@example.test", PASSWORD).access().get("membership_number").asText()).isEqualTo(DemoAccounts.BUDI_KPJ);
        assertThat(oidc.signIn(DemoAccounts.BUDI_KPJ, PASSWORD).access().at("/realm_access/roles")).extracting(JsonNode::asText)
                .contains("member");
        // the realm's default role too, which carries what the account console needs (the member clients' tokens
        // carry only the realm roles in their scope)
        assertThat(new Admin(stack).get("/users/" + budi.get("id").asText() + "/role-mappings/realm").json())
                .extracting(role -> role.path("name").asText()).contains("member", "default-roles-bpjstk");
    }

    @Test
    @Order(2)
    void aNumberOtherThanTheRegistrysIsAMismatchAndTheRegistrysNumberGetsTheCodeAndTheNotice(Stack stack) {
        Registration registration = new Registration(stack);
        String strangersPhone = "+6281377700055";
        long codesBefore = phoneVerificationCodes(stack);

        // leaked KPJ, NIK and birth date with the stranger's own phone
        Browser.Page refused = registration.submit(registration.open(), Registration.fields(DemoAccounts.RINA_KPJ,
                DemoAccounts.RINA_NIK, DemoAccounts.RINA_BIRTH_DATE, "orang.lain@example.test", "0813-7770-0055", PASSWORD));

        assertThat(refused.body()).contains(MISMATCH).doesNotContain(DemoAccounts.RINA_NIK);
        assertThat(refused.document().select("[id^=input-error-]").stream().filter(e -> !e.id().startsWith("input-error-container")))
                .as("no field is singled out, the phone neither").isEmpty();
        assertThat(stack.sms().to(strangersPhone)).isEmpty();
        assertThat(stack.sms().to(DemoAccounts.RINA_PHONE)).isEmpty();
        assertThat(phoneVerificationCodes(stack)).as("no code to any number").isEqualTo(codesBefore);
        assertThat(new Admin(stack).get("/users?username=" + DemoAccounts.RINA_KPJ + "&exact=true").json()).isEmpty();
        assertThat(operatorEvents(stack, "REGISTER_ERROR").toString()).contains("1100*****58", "identity_mismatch");

        // the owner, with the number the registry holds, written as members write it
        Browser.Page phoneStep = registration.submit(registration.open(), Registration.fields(DemoAccounts.RINA_KPJ,
                DemoAccounts.RINA_NIK, DemoAccounts.RINA_BIRTH_DATE, "rina.kartika@example.test", "0812 0000 0005", PASSWORD));

        assertThat(phoneStep.body()).contains("Verifikasi nomor ponsel");
        assertThat(stack.sms().awaitPurpose(DemoAccounts.RINA_PHONE, "phone-verification")).hasSize(1);
        assertThat(stack.sms().to(strangersPhone)).isEmpty();
        JsonNode rina = user(stack, DemoAccounts.RINA_KPJ);
        assertThat(rina.at("/attributes/phoneNumber/0").asText()).isEqualTo(DemoAccounts.RINA_PHONE);
        assertThat(stack.sms().awaitPurpose(DemoAccounts.RINA_PHONE, "notice")).extracting(SmsGateway.Sms::message)
                .anyMatch(text -> text.contains("akun untuk nomor peserta 1100*****58 dibuat pada") && text.contains("WIB"));
        // the registry's email hears of it, whatever address the page was given
        List<Mailbox.Mail> mails = stack.mail().awaitTo(DemoAccounts.RINA_EMAIL);
        assertThat(mails).extracting(mail -> mail.body().replace("=\r\n", ""))
                .anyMatch(body -> body.contains("dibuat pada") && body.contains("1100*****58"));
    }

    @Test
    @Order(2)
    void aRegistryMemberWithoutAMobileNumberOnRecordGetsTheMismatchMessageAndNoAccount(Stack stack) {
        String kpj = "117" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
        try (java.sql.Connection db = stack.registryDatabase();
             java.sql.PreparedStatement insert = db.prepareStatement("insert into members (membership_number, nik, full_name, "
                     + "birth_date, sex, participant_category, status, employer_name, phone_number, email, registered_since) "
                     + "values (?, '3171014506900123', 'Peserta Tanpa Ponsel', date '1990-06-05', 'FEMALE', 'PU', 'ACTIVE', "
                     + "'PT Uji Coba', null, null, date '2020-01-02')")) {
            insert.setString(1, kpj);
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError("could not add a registry member", e);
        }
        Registration registration = new Registration(stack);
        long codesBefore = phoneVerificationCodes(stack);

        Browser.Page page = registration.submit(registration.open(), Registration.fields(kpj, "3171014506900123", "1990-06-05",
                "tanpa.ponsel@example.test", "+6281377700066", PASSWORD));

        assertThat(page.body()).as("the page never tells that the KPJ exists").contains(MISMATCH);
        assertThat(phoneVerificationCodes(stack)).isEqualTo(codesBefore);
        assertThat(stack.sms().to("+6281377700066")).isEmpty();
        assertThat(new Admin(stack).get("/users?username=" + kpj + "&exact=true").json()).isEmpty();
    }

    @Test
    @Order(3)
    void badInputGetsAFieldMessageAndCreatesNothing(Stack stack) {
        Registration registration = new Registration(stack);
        Map<String, String> dewi = Registration.fields("11000000033", "3578016101920003", "1992-01-21", "dewi@example.test",
                "+6281200000003", PASSWORD);
        Map<String, Map.Entry<String, String>> cases = new java.util.LinkedHashMap<>();
        cases.put("nik with letters", Map.entry("nik", "35780161019200AB"));
        cases.put("15-digit nik", Map.entry("nik", "357801610192000"));
        cases.put("17-digit nik", Map.entry("nik", "35780161019200030"));
        cases.put("impossible date in nik", Map.entry("nik", "3578013102920003"));
        cases.put("unknown province", Map.entry("nik", "9978016101920003"));
        cases.put("short kpj", Map.entry("username", "1100000003"));
        cases.put("future birth date", Map.entry("birthDate", "2099-01-01"));
        cases.put("impossible birth date", Map.entry("birthDate", "1992-02-30"));
        cases.put("landline", Map.entry("phoneNumber", "021-5555-1234"));
        cases.put("email in use", Map.entry("email", DemoAccounts.SITI_EMAIL));
        cases.put("weak password", Map.entry("password", "password1234"));
        cases.put("password with the nik", Map.entry("password", "nik saya 3578016101920003"));
        for (Map.Entry<String, Map.Entry<String, String>> entry : cases.entrySet()) {
            Map<String, String> fields = new HashMap<>(dewi);
            fields.put(entry.getValue().getKey(), entry.getValue().getValue());
            if (entry.getValue().getKey().equals("password")) {
                fields.put("password-confirm", entry.getValue().getValue());
            }
            Browser.Page page = registration.submit(registration.open(), fields);
            String field = entry.getValue().getKey();
            assertThat(page.document().getElementById("input-error-" + field)).as("%s: %s", entry.getKey(), page.document().text())
                    .isNotNull();
            assertThat(page.body()).as(entry.getKey()).doesNotContain("3578016101920003");
        }
        assertThat(new Admin(stack).get("/users?username=11000000033&exact=true").json()).isEmpty();
    }

    @Test
    @Order(4)
    void aMismatchSaysOneThingAndRepeatedGuessesBlockTheKpjAndTellItsOwner(Stack stack) {
        Registration registration = new Registration(stack);
        Map<String, String> typo = Registration.fields("11000000033", "3578016101920004", "1992-01-21", "dewi@example.test",
                "+6281200000003", PASSWORD);

        Browser.Page page = registration.submit(registration.open(), typo);
        assertThat(page.body()).contains(MISMATCH);
        assertThat(page.document().select("[id^=input-error-]").stream().filter(e -> !e.id().startsWith("input-error-container")))
                .as("no field is singled out").isEmpty();
        Map<String, String> wrongBirthDate = new HashMap<>(typo);
        wrongBirthDate.put("nik", "3578016101920003");
        wrongBirthDate.put("birthDate", "1992-01-22");
        assertThat(registration.submit(registration.open(), wrongBirthDate).body()).contains(MISMATCH);
        Map<String, String> unknownKpj = new HashMap<>(wrongBirthDate);
        unknownKpj.put("username", "11000000999");
        assertThat(registration.submit(registration.open(), unknownKpj).body()).contains(MISMATCH);

        for (int attempt = 3; attempt <= 5; attempt++) {
            Map<String, String> guess = new HashMap<>(typo);
            guess.put("nik", "357801610192001" + attempt);
            registration.submit(registration.open(), guess);
        }
        Map<String, String> right = new HashMap<>(typo);
        right.put("nik", "3578016101920003");
        Browser.Page blocked = registration.submit(registration.open(), right);

        assertThat(blocked.body()).contains("ditangguhkan sementara");
        assertThat(new Admin(stack).get("/users?username=11000000033&exact=true").json()).isEmpty();
        assertThat(stack.sms().to("+6281200000003")).extracting(SmsGateway.Sms::message).anyMatch(text -> text.contains("diblokir 24 jam"));

        JsonNode events = operatorEvents(stack, "REGISTER_ERROR");
        assertThat(events.toString()).contains("1100*****33", "registration_kpj_blocked", "identity_mismatch")
                .doesNotContain("3578016101920003").doesNotContain("3578016101920004");
    }

    @Test
    @Order(5)
    void registeringSitisKpjAgainSaysTheSameAndTellsSiti(Stack stack) {
        Registration registration = new Registration(stack);
        int smsBefore = stack.sms().to("+6281200000001").size();

        Browser.Page page = registration.submit(registration.open(), Registration.fields(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_NIK,
                "1990-05-15", "siti.baru@example.test", "+6281200000001", PASSWORD));

        assertThat(page.body()).contains(MISMATCH);
        assertThat(stack.sms().to("+6281200000001")).hasSize(smsBefore + 1);
        assertThat(stack.sms().latest("+6281200000001").message()).contains("mencoba mendaftarkan akun baru");
        List<Mailbox.Mail> mails = stack.mail().awaitTo(DemoAccounts.SITI_EMAIL);
        assertThat(mails).isNotEmpty();
    }

    @Test
    @Order(6)
    void whenTheRegistryIsDownThePageSaysSoAndNothingIsCreated(Stack stack) {
        Registration registration = new Registration(stack);
        Browser.Page form = registration.open();
        stack.withRegistryDown(() -> {
            // a KPJ no earlier test has used, so that no block stands in the way
            Browser.Page page = registration.submit(form, Registration.fields("11000000998", "3578016101920003",
                    "1992-01-21", "dewi.lain@example.test", "+6281200000003", PASSWORD));
            assertThat(page.body()).contains("Pendaftaran sedang tidak dapat dilayani.");
        });
        assertThat(new Admin(stack).get("/users?username=11000000998&exact=true").json()).isEmpty();
    }

    @Test
    @Order(7)
    void anAddressWithTooManyFailedChecksIsRefused(Stack stack) {
        FlowConfig settings = FlowConfig.registrationChecks(stack);
        Map<String, String> original = settings.current();
        // this run's earlier tests failed a few checks from 127.0.0.1 already; a few more reach this limit
        settings.set(settings.with(Map.of("address-slow-after", "100", "address-max-failures-per-hour", "9")));
        try {
            Registration registration = new Registration(stack);
            Browser.Page page = null;
            for (int i = 0; i < 12 && (page == null || !page.body().contains("Terlalu banyak percobaan")); i++) {
                page = registration.submit(registration.open(), Registration.fields("1100000090" + (i % 10), "3578016101920003",
                        "1992-01-21", "tamu@example.test", "+6281299999999", PASSWORD));
            }
            assertThat(page.body()).contains("Terlalu banyak percobaan pendaftaran dari jaringan Anda.");
        } finally {
            settings.set(original);
        }
    }

    private static long phoneVerificationCodes(Stack stack) {
        return stack.sms().all().stream().filter(sms -> "phone-verification".equals(sms.purpose())).count();
    }

    private static JsonNode user(Stack stack, String username) {
        JsonNode users = new Admin(stack).get("/users?username=" + username + "&exact=true").json();
        assertThat(users).hasSize(1);
        return new Admin(stack).get("/users/" + users.get(0).get("id").asText()).json();
    }

    /** Events as the help desk reads them, with a help-desk operator's own admin-console token. */
    private static JsonNode operatorEvents(Stack stack, String type) {
        String operator = new TestStaff(stack).adminConsoleToken("helpdesk");
        Api.Response events = new Api(stack.keycloakUrl()).get("/admin/realms/bpjstk/events?type=" + type + "&max=100", operator);
        assertThat(events.status()).isEqualTo(200);
        return events.json();
    }

}
