package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static id.bpjstk.systemtest.support.TestMembers.Option.TWO_STEP_SMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Mailbox;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.Recovery;
import id.bpjstk.systemtest.support.Registration;
import id.bpjstk.systemtest.support.SmsGateway;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;
import id.bpjstk.systemtest.support.TestMembers.RegisteredMember;

/**
 * A sign-in from a browser the member has not used before: she is told by SMS and email, with a "this wasn't me" link
 * that locks the account until she recovers it. Notices go out after the sign-in, on a thread of their own: a test that
 * expects none signs the member in once more from a fresh browser and waits for that one notice, so that a notice that
 * should not have been sent would have arrived first.
 */
@ExtendWith(StackExtension.class)
class NewDeviceTest {

    private static final String NEW_DEVICE = SmsGateway.NEW_DEVICE;
    private static final String DEVICE_COOKIE = "BPJSTK_DEVICE";
    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/realms/bpjstk/bpjstk-not-me/([A-Za-z0-9_-]+))");
    private static final String NEW_PASSWORD = "gado gado pakai lontong";

    @Test
    void aSignInFromANewBrowserTellsTheMemberBySmsAndEmailWithALink(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);

        login.tokens(login.password(member.kpj(), member.password()));

        List<SmsGateway.Sms> sms = stack.sms().awaitPurpose(member.phone(), NEW_DEVICE);
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).message()).contains("perangkat baru", "WIB", "Jika bukan, kunci akun Anda:")
                .doesNotContain("127.0.0.1").doesNotContain(member.kpj());
        String link = link(sms.get(0).message());
        assertThat(link.substring(link.lastIndexOf('/') + 1)).as("an opaque key of 128 bits, not a token").hasSize(22);
        List<Mailbox.Mail> mails = stack.mail().awaitNewDeviceNotices(member.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Masuk dari perangkat baru ke akun BPJS Ketenagakerjaan Anda");
        assertThat(mails.get(0).body().replace("=\r\n", "")).contains(link);

        String cookie = login.browser().cookie(DEVICE_COOKIE).orElseThrow();
        assertThat(cookie).matches("[A-Za-z0-9_-]{43}");
        assertThat(login.browser().setCookieHeader(DEVICE_COOKIE).orElseThrow())
                .contains("Path=/realms/bpjstk/", "Max-Age=34560000", "HttpOnly", "SameSite=Lax")
                .as("localhost is a secure context, as for Keycloak's own cookies").contains("Secure");
        JsonNode known = new TestMembers(stack).attributes(member).path("knownDevices");
        assertThat(known).hasSize(1);
        assertThat(known.get(0).asText()).matches("[A-Za-z0-9_-]{43}:\\d+").doesNotContain(cookie);
    }

    @Test
    void aSecondSignInFromTheSameBrowserAndASignInByTheSsoCookieTellNothing(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);
        login.tokens(login.password(member.kpj(), member.password()));
        assertThat(stack.sms().awaitPurpose(member.phone(), NEW_DEVICE)).hasSize(1);

        Browser.Page bySso = login.start(Map.of());
        assertThat(bySso.leftOrigin()).as("signed in by the SSO cookie").isTrue();
        login.browser().keepOnlyCookies(DEVICE_COOKIE);
        Browser.Page again = login.password(member.kpj(), member.password());
        assertThat(again.leftOrigin()).as("signed in with the password again").isTrue();

        assertOnlyOneMoreNoticeAfterAFreshBrowser(stack, member, 1);
    }

    @Test
    void aWrongPasswordTellsNothingAndTheRightOneFromThatBrowserThenDoes(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);

        Browser.Page wrong = login.password(member.kpj(), "bukan kata sandinya sama sekali");
        assertThat(wrong.body()).contains(LockoutTest.WRONG_PASSWORD);
        Pause.likeAPerson();
        login.tokens(login.password(member.kpj(), member.password()));

        assertThat(stack.sms().awaitPurpose(member.phone(), NEW_DEVICE)).hasSize(1);
        Pause.millis(1_000);
        assertThat(stack.sms().withPurpose(member.phone(), NEW_DEVICE)).hasSize(1);
        assertThat(stack.mail().awaitNewDeviceNotices(member.email(), 1)).hasSize(1);
    }

    @Test
    void aMemberWithTwoStepIsToldOnlyOnceTheCodeIsRightAndAStepUpTellsNothing(Stack stack) {
        TestMembers members = new TestMembers(stack);
        Member member = members.create(PHONE_VERIFIED, TWO_STEP_SMS);
        CodeLogin login = new CodeLogin(stack);

        Browser.Page codePage = login.password(member.kpj(), member.password());
        Pause.millis(1_000);
        assertThat(stack.sms().withPurpose(member.phone(), NEW_DEVICE)).as("the password alone is no sign-in yet").isEmpty();
        login.tokens(login.code(codePage, stack.sms().latest(member.phone()).code()));
        assertThat(stack.sms().awaitPurpose(member.phone(), NEW_DEVICE)).hasSize(1);

        Member levelOne = members.create(PHONE_VERIFIED);
        CodeLogin stepUp = new CodeLogin(stack);
        stepUp.tokens(stepUp.password(levelOne.kpj(), levelOne.password()));
        assertThat(stack.sms().awaitPurpose(levelOne.phone(), NEW_DEVICE)).hasSize(1);
        Browser.Page code = stepUp.start(Map.of("acr_values", "2"));
        assertThat(stepUp.tokens(stepUp.code(code, stack.sms().latest(levelOne.phone()).code())).access().get("acr").asText())
                .isEqualTo("2");
        assertOnlyOneMoreNoticeAfterAFreshBrowser(stack, levelOne, 1);
    }

    @Test
    void theBrowserThatRegisteredIsKnownAtTheFirstSignIn(Stack stack) {
        TestMembers.RegistryParticipant participant = new TestMembers(stack).createInRegistry();
        Registration registration = new Registration(stack);
        String password = "teh manis hangat di sore hari";
        // an address of the member's own: the registry's address hears of the new account
        String email = "akun-" + participant.email();
        Browser.Page phoneStep = registration.submit(registration.open(), Registration.fields(participant.kpj(), participant.nik(),
                participant.birthDate(), email, participant.phone(), password));
        Browser.Page emailStep = registration.login().code(phoneStep, stack.sms().latest(participant.phone()).code());
        assertThat(emailStep.leftOrigin()).isFalse();
        URI verification = stack.mail().awaitLink(email, "action-token");
        registration.login().tokens(registration.login().browser().get(verification));
        assertThat(registration.login().browser().cookie(DEVICE_COOKIE)).isPresent();

        Browser browser = registration.login().browser();
        browser.keepOnlyCookies(DEVICE_COOKIE);
        CodeLogin firstSignIn = new CodeLogin(stack, browser);
        firstSignIn.tokens(firstSignIn.password(participant.kpj(), password));

        JsonNode users = new Admin(stack).get("/users?username=" + participant.kpj() + "&exact=true").json();
        Member account = new Member(users.get(0).path("id").asText(), participant.kpj(), password, participant.phone(), email, null);
        assertOnlyOneMoreNoticeAfterAFreshBrowser(stack, account, 0);
    }

    @Test
    void theLinkLocksOnlyWhenConfirmedEndsEverySessionAndRecoveryOpensTheAccountAgain(Stack stack) {
        TestMembers members = new TestMembers(stack);
        RegisteredMember registered = members.createRegistered(true);
        Member member = registered.account();
        Oidc oidc = new Oidc(stack);
        CodeLogin login = new CodeLogin(stack);
        Oidc.Tokens tokens = login.tokens(login.password(member.kpj(), member.password()));
        URI link = URI.create(link(stack.sms().awaitPurpose(member.phone(), NEW_DEVICE).get(0).message()));

        // a mail scanner or a link preview fetches the link: nothing changes
        Browser scanner = new Browser(stack.keycloakUrl());
        Browser.Page preview = scanner.get(link);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("Bukan Anda yang masuk?", "WIB", "Kunci akun saya");
        assertThat(scanner.get(link).status()).isEqualTo(200);
        assertThat(members.attributes(member).has("disabledReason")).isFalse();
        assertThat(new Admin(stack).get("/users/" + member.id()).json().path("enabled").asBoolean()).isTrue();
        Oidc.TokenResponse refreshed = refresh(oidc, tokens.response().path("refresh_token").asText());
        assertThat(refreshed.status()).as("the session still stands").isEqualTo(200);
        String refreshToken = refreshed.body().path("refresh_token").asText();

        // a post that did not come from the page the server made changes nothing
        Browser.Form forged = new Browser.Form(link, new LinkedHashMap<>(Map.of("token", "A".repeat(22))));
        assertThat(scanner.submit(forged).status()).isEqualTo(400);
        assertThat(new Admin(stack).get("/users/" + member.id()).json().path("enabled").asBoolean()).isTrue();

        // the member presses the button on the page
        Browser.Page confirm = new Browser(stack.keycloakUrl()).get(link);
        Browser.Page locked = new Browser(stack.keycloakUrl()).submit(confirm.form("bpjstk-not-me-form"));
        assertThat(locked.status()).isEqualTo(200);
        assertThat(locked.body()).contains("Akun Anda sudah dikunci", "Lupa kata sandi");

        JsonNode user = new Admin(stack).get("/users/" + member.id()).json();
        assertThat(user.path("enabled").asBoolean()).isFalse();
        assertThat(user.at("/attributes/disabledReason/0").asText()).as("as the realm's permanent lockout").isEqualTo("permanentLockout");
        assertThat(members.attributes(member).path("knownDevices")).as("the reported browser is forgotten").isEmpty();
        Oidc.TokenResponse afterLock = refresh(oidc, refreshToken);
        assertThat(afterLock.status()).isEqualTo(400);
        assertThat(afterLock.body().path("error").asText()).isEqualTo("invalid_grant");
        Browser.Page refused = new CodeLogin(stack).password(member.kpj(), member.password());
        assertThat(refused.leftOrigin()).isFalse();
        assertThat(refused.body()).contains(LockoutTest.WRONG_PASSWORD).doesNotContainIgnoringCase("kunci");

        JsonNode events = new Admin(stack).get("/events?type=USER_DISABLED_BY_PERMANENT_LOCKOUT&user=" + member.id()).json();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).at("/details/reason").asText()).isEqualTo("member_reported_sign_in");
        assertThat(events.get(0).at("/details/sessions_ended").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(events.toString()).doesNotContain("\"" + member.kpj() + "\"").doesNotContain(link.getPath());

        List<SmsGateway.Sms> told = stack.sms().awaitPurpose(member.phone(), "lockout");
        assertThat(told).hasSize(1);
        assertThat(told.get(0).message()).contains("atas permintaan Anda", "semua sesi masuk diakhiri", "Lupa kata sandi")
                .as("not the wrong-password lockout's words").doesNotContain("berulang kali salah");
        assertThat(stack.mail().awaitTo(member.email())).extracting(Mailbox.Mail::subject).contains("Akun BPJS Ketenagakerjaan Anda terkunci");

        // a used link does nothing, however it is used
        Browser.Page used = new Browser(stack.keycloakUrl()).get(link);
        assertThat(used.status()).isEqualTo(404);
        assertThat(used.body()).contains("Tautan ini sudah dipakai atau sudah kedaluwarsa. Tidak ada yang diubah.");
        assertThat(new Browser(stack.keycloakUrl()).submit(confirm.form("bpjstk-not-me-form")).status()).isEqualTo(404);
        assertThat(new Admin(stack).get("/events?type=USER_DISABLED_BY_PERMANENT_LOCKOUT&user=" + member.id()).json()).hasSize(1);

        // recovery opens it as it opens a permanent lockout
        Browser.Page recovered = new Recovery(stack).recover(stack, member.kpj(), registered.nik(), registered.birthDate(),
                member.phone(), NEW_PASSWORD);
        assertThat(recovered.body()).contains("Kata sandi Anda sudah diganti");
        assertThat(new Admin(stack).get("/users/" + member.id()).json().path("enabled").asBoolean()).isTrue();
        assertThat(oidc.signIn(member.kpj(), NEW_PASSWORD).access().path("preferred_username").asText()).isEqualTo(member.kpj());
    }

    @Test
    void anUnknownKeyGetsAClearPageInTheMembersLanguageAndTheConfirmationSpeaksEnglishWhenAsked(Stack stack) {
        Browser browser = new Browser(stack.keycloakUrl());
        Browser.Page unknown = browser.get(stack.realmUrl().resolve("/realms/bpjstk/bpjstk-not-me/" + "B".repeat(22)));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Tautan tidak berlaku", "Tidak ada yang diubah.");
        assertThat(browser.get(stack.realmUrl().resolve("/realms/bpjstk/bpjstk-not-me/bukan-kunci")).status()).isEqualTo(404);

        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);
        login.tokens(login.password(member.kpj(), member.password()));
        String link = link(stack.sms().awaitPurpose(member.phone(), NEW_DEVICE).get(0).message());
        Browser.Page english = browser.get(URI.create(link + "?kc_locale=en"));
        assertThat(english.body()).contains("Was this not you?", "Lock my account");
    }

    @Test
    void neitherTheDeviceCookieNorTheLinksKeyIsWrittenToTheServerLog(Stack stack) throws IOException {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        CodeLogin login = new CodeLogin(stack);
        login.tokens(login.password(member.kpj(), member.password()));
        String link = link(stack.sms().awaitPurpose(member.phone(), NEW_DEVICE).get(0).message());
        String key = link.substring(link.lastIndexOf('/') + 1);
        Browser.Page confirm = new Browser(stack.keycloakUrl()).get(URI.create(link));
        new Browser(stack.keycloakUrl()).submit(confirm.form("bpjstk-not-me-form"));
        stack.sms().awaitPurpose(member.phone(), "lockout");

        String log = Files.readString(Path.of(System.getProperty("stack.work.dir"), "logs", "keycloak.log"));
        assertThat(log).doesNotContain(key).doesNotContain(login.browser().cookie(DEVICE_COOKIE).orElseThrow())
                .doesNotContain(member.phone());
    }

    /**
     * Signs the member in from a fresh browser, which is told, and checks that this is the one notice more than
     * {@code before}: a notice the earlier steps should not have caused would have arrived by then.
     */
    private static void assertOnlyOneMoreNoticeAfterAFreshBrowser(Stack stack, Member member, int before) {
        Pause.likeAPerson();
        CodeLogin fresh = new CodeLogin(stack);
        Browser.Page page = fresh.password(member.kpj(), member.password());
        if (!page.leftOrigin()) {
            page = fresh.code(page, stack.sms().latest(member.phone()).code());
        }
        fresh.tokens(page);
        assertThat(stack.sms().awaitPurpose(member.phone(), NEW_DEVICE, before + 1)).hasSize(before + 1);
        Pause.millis(500);
        assertThat(stack.sms().withPurpose(member.phone(), NEW_DEVICE)).hasSize(before + 1);
    }

    private static Oidc.TokenResponse refresh(Oidc oidc, String refreshToken) {
        return oidc.tokenRequest(Map.of("grant_type", "refresh_token", "client_id", Oidc.MEMBER_PORTAL, "refresh_token", refreshToken));
    }

    private static String link(String message) {
        Matcher matcher = LINK.matcher(message);
        assertThat(matcher.find()).as("a link in: %s", message).isTrue();
        return matcher.group(1);
    }
}
