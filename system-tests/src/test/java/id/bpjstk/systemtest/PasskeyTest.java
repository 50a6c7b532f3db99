package id.bpjstk.systemtest;

import static id.bpjstk.systemtest.support.TestMembers.Option.PHONE_VERIFIED;
import static id.bpjstk.systemtest.support.TestMembers.Option.TWO_STEP_SMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Admin;
import id.bpjstk.systemtest.support.Mailbox;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.SmsGateway;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestMembers.Member;
import id.bpjstk.systemtest.support.TestStaff;

/**
 * Passkeys in a real browser (Chromium with a virtual authenticator standing in for the member's phone): enrolment
 * after password and SMS code, the notice, a sign-in with the passkey alone at level 2 without any code, removal, the
 * lockout and staff. The sign-in page is Keycloak's own, with its passkey button and autofill.
 */
@ExtendWith(StackExtension.class)
class PasskeyTest {

    private static final String PASSKEY_BUTTON_ID = "Masuk dengan passkey";
    private static final String PASSKEY_BUTTON_EN = "Sign in with a passkey";
    private static final Set<String> CODE_PURPOSES = Set.of("login", "step-up");

    @Test
    void aMemberRegistersAPasskeyIsToldAndThenSignsInAndReauthenticatesWithThePasskeyAloneAtLevelTwo(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);

        Phone phone = new Phone();
        Oidc.Tokens enrolment = registerPasskey(stack, phone, member.kpj(), member.password(), member.phone());

        assertThat(enrolment.access().get("acr").asText()).isEqualTo("2"); // password + SMS code came first
        assertThat(passkeys(stack, member.id())).hasSize(1);
        List<SmsGateway.Sms> notices = stack.sms().awaitPurpose(member.phone(), "notice");
        assertThat(notices).singleElement().satisfies(sms -> assertThat(sms.message()).contains("passkey ditambahkan"));
        List<Mailbox.Mail> mails = stack.mail().awaitTo(member.email());
        assertThat(mails).anySatisfy(mail -> assertThat(mail.body()).contains("passkey ditambahkan"));

        long codesBefore = codes(stack, member.phone());
        try (RealBrowser browser = phone.inFreshBrowserLocked()) {
            SignInPage signIn = SignInPage.open(browser, stack, Map.of("ui_locales", "id")).awaitForm();
            browser.screenshot("passkey-sign-in-id");
            assertThat(signIn.passkeyButton().getText()).isEqualTo(PASSKEY_BUTTON_ID);
            assertThat(signIn.usernameAutocomplete()).isEqualTo("username webauthn"); // the browser's autofill offers it

            phone.unlock();
            URI redirect = signIn.withPasskey().awaitRedirect();
            Oidc.Tokens tokens = signIn.tokens(redirect);

            assertThat(tokens.access().get("acr").asText()).isEqualTo("2");
            assertThat(tokens.access().get("membership_number").asText()).isEqualTo(member.kpj());
            assertThat(codes(stack, member.phone())).isEqualTo(codesBefore);

            // a client that wants her to sign in again at level 2 gets the passkey again, not a code
            SignInPage again = SignInPage.open(browser, stack, Map.of("prompt", "login", "acr_values", "2")).awaitForm();
            Oidc.Tokens reauthenticated = again.tokens(again.withPasskey().awaitRedirect());
            assertThat(reauthenticated.access().get("acr").asText()).isEqualTo("2");
            assertThat(codes(stack, member.phone())).isEqualTo(codesBefore);
        }
    }

    @Test
    void thePasskeyRemovesItselfWithoutACodeIsToldAndThenNoLongerSignsIn(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        Phone phone = new Phone();
        registerPasskey(stack, phone, member.kpj(), member.password(), member.phone());
        String passkeyId = passkeys(stack, member.id()).get(0).path("id").asText();
        long codesBefore = codes(stack, member.phone());

        try (RealBrowser browser = phone.inFreshBrowser()) {
            // the browser's autofill offers the passkey at once; it is a recent level 2, enough for a change of how
            // she signs in, with no code
            SignInPage signIn = SignInPage.open(browser, stack, Map.of("kc_action", "delete_credential:" + passkeyId));
            WebElement confirm = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.elementToBeClickable(By.id("kc-accept")));
            confirm.click();
            signIn.tokens(signIn.awaitRedirect());
        }

        assertThat(passkeys(stack, member.id())).isEmpty();
        assertThat(codes(stack, member.phone())).isEqualTo(codesBefore);
        assertThat(stack.sms().awaitPurpose(member.phone(), "notice"))
                .anySatisfy(sms -> assertThat(sms.message()).contains("passkey dihapus"));

        try (RealBrowser browser = phone.inFreshBrowserLocked()) {
            SignInPage signIn = SignInPage.open(browser, stack, Map.of("ui_locales", "id")).awaitForm();
            phone.unlock();
            String error = signIn.withPasskey().awaitRefusal(phone);
            browser.screenshot("passkey-removed-refused");
            assertThat(error).contains("Passkey ini tidak terdaftar");
            assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(Oidc.MEMBER_PORTAL_REDIRECT);
        }
    }

    @Test
    void theSignInPageOffersThePasskeyInBothLanguagesAndAMemberWithoutOneStillGetsTheSmsCode(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED, TWO_STEP_SMS);

        try (RealBrowser browser = new Phone().inFreshBrowser()) {
            SignInPage english = SignInPage.open(browser, stack, Map.of("ui_locales", "en")).awaitForm();
            browser.screenshot("passkey-sign-in-en");
            assertThat(english.passkeyButton().getText()).isEqualTo(PASSKEY_BUTTON_EN);

            SignInPage signIn = SignInPage.open(browser, stack, Map.of("ui_locales", "id")).awaitForm();
            assertThat(signIn.passkeyButton().getText()).isEqualTo(PASSKEY_BUTTON_ID);
            signIn.withPassword(member.kpj(), member.password());
            CodePage codePage = CodePage.await(browser);

            assertThat(codePage.text()).contains("Kode 6 angka dikirim lewat SMS");
            SmsGateway.Sms code = stack.sms().latest(member.phone());
            assertThat(code.purpose()).isEqualTo("login");
            codePage.enter(code.code());
            Oidc.Tokens tokens = signIn.tokens(signIn.awaitRedirect());
            assertThat(tokens.access().get("acr").asText()).isEqualTo("2");
        }
    }

    @Test
    void aLockedAccountGetsNoSessionWithItsPasskey(Stack stack) {
        Member member = new TestMembers(stack).create(PHONE_VERIFIED);
        Phone phone = new Phone();
        registerPasskey(stack, phone, member.kpj(), member.password(), member.phone());

        LockoutTest.lock(stack, member);
        assertThat(new TestMembers(stack).bruteForceStatus(member).path("disabled").asBoolean()).isTrue();
        int failures = new TestMembers(stack).bruteForceStatus(member).path("numFailures").asInt();

        try (RealBrowser browser = phone.inFreshBrowserLocked()) {
            SignInPage signIn = SignInPage.open(browser, stack, Map.of("ui_locales", "id")).awaitForm();
            phone.unlock();
            String error = signIn.withPasskey().awaitRefusal(phone);

            assertThat(error).isEqualTo(LockoutTest.WRONG_PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(Oidc.MEMBER_PORTAL_REDIRECT);
            assertThat(browser.driver().manage().getCookieNamed("KEYCLOAK_IDENTITY")).isNull();
        }
        assertThat(new TestMembers(stack).bruteForceStatus(member).path("numFailures").asInt()).isEqualTo(failures);
    }

    @Test
    void staffSignInWithAPasskeyAtLevelTwoWithoutACode(Stack stack) {
        TestStaff.Staff officer = new TestStaff(stack).create("claims-officer");
        Phone phone = new Phone();
        registerPasskey(stack, phone, officer.username(), officer.password(), officer.phone());
        long codesBefore = codes(stack, officer.phone());

        try (RealBrowser browser = phone.inFreshBrowser()) {
            // the browser's autofill (conditional UI) offers her passkey on the sign-in page and she takes it
            SignInPage signIn = SignInPage.open(browser, stack, Map.of());
            Oidc.Tokens tokens = signIn.tokens(signIn.awaitRedirect());

            assertThat(tokens.access().get("acr").asText()).isEqualTo("2");
            assertThat(tokens.access().at("/realm_access/roles")).extracting(JsonNode::asText).contains("claims-officer");
        }
        assertThat(codes(stack, officer.phone())).isEqualTo(codesBefore);
    }

    /**
     * Enrols a passkey the way a member does: the client asks for {@code kc_action=webauthn-register-passwordless},
     * she signs in with her password and the SMS code (a sign-in change needs a recent level 2), and registers the
     * phone's passkey. Returns the tokens of that sign-in; the phone keeps the passkey.
     */
    private static Oidc.Tokens registerPasskey(Stack stack, Phone phone, String username, String password, String mobile) {
        try (RealBrowser browser = phone.inFreshBrowser()) {
            SignInPage signIn = SignInPage.open(browser, stack, Map.of("kc_action", "webauthn-register-passwordless"))
                    .awaitForm();
            signIn.withPassword(username, password);
            CodePage.await(browser).enter(stack.sms().latest(mobile).code());
            WebElement register = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.elementToBeClickable(By.id("registerWebAuthn")));
            browser.screenshot("passkey-register");
            register.click();
            // Keycloak asks for a name for the passkey
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.alertIsPresent());
            browser.driver().switchTo().alert().sendKeys("Ponsel uji");
            browser.driver().switchTo().alert().accept();
            Oidc.Tokens tokens = signIn.tokens(signIn.awaitRedirect());
            phone.keepPasskeys();
            return tokens;
        }
    }

    private static List<JsonNode> passkeys(Stack stack, String userId) {
        List<JsonNode> passkeys = new ArrayList<>();
        for (JsonNode credential : new Admin(stack).get("/users/" + userId + "/credentials").json()) {
            if ("webauthn-passwordless".equals(credential.path("type").asText())) {
                passkeys.add(credential);
            }
        }
        return passkeys;
    }

    /** Sign-in and step-up codes sent to the number so far. */
    private static long codes(Stack stack, String mobile) {
        return stack.sms().to(mobile).stream().filter(sms -> CODE_PURPOSES.contains(sms.purpose())).count();
    }

    /**
     * The member's phone: a platform authenticator (CTAP2, internal, discoverable keys) that checks its owner's
     * fingerprint or PIN. Its passkeys go with it from one browser session to the next. Chrome's virtual authenticator
     * answers the sign-in page's autofill (conditional UI) at once, as a member does who picks her passkey there; a
     * phone that is still locked holds back its passkeys until {@link #unlock()}, so the page can be seen first.
     */
    private static final class Phone {

        private final List<Credential> passkeys = new ArrayList<>();
        private VirtualAuthenticator current;

        /** A fresh browser on the phone, its passkeys ready. */
        RealBrowser inFreshBrowser() {
            RealBrowser browser = openWithAuthenticator();
            unlock();
            return browser;
        }

        /** A fresh browser on the phone, its passkeys held back until {@link #unlock()}. */
        RealBrowser inFreshBrowserLocked() {
            return openWithAuthenticator();
        }

        void unlock() {
            passkeys.forEach(current::addCredential);
        }

        /** Puts the phone away: its passkeys answer nothing more in this browser. */
        void putAway() {
            current.removeAllCredentials();
        }

        /** Remembers the passkeys the phone holds now, before its browser closes. */
        void keepPasskeys() {
            passkeys.clear();
            passkeys.addAll(current.getCredentials());
        }

        private RealBrowser openWithAuthenticator() {
            RealBrowser browser = RealBrowser.open("passkey");
            try {
                current = ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true)
                        .setHasUserVerification(true)
                        .setIsUserVerified(true)
                        .setIsUserConsenting(true));
                return browser;
            } catch (RuntimeException e) {
                browser.close();
                throw e;
            }
        }
    }

    /** Keycloak's sign-in page (the realm's password form) with its passkey button and autofill. */
    private static final class SignInPage {

        private final RealBrowser browser;
        private final Oidc oidc;
        private final Oidc.AuthorizationRequest request;

        private SignInPage(RealBrowser browser, Oidc oidc, Oidc.AuthorizationRequest request) {
            this.browser = browser;
            this.oidc = oidc;
            this.request = request;
        }

        /** Opens the member portal's authorization request with these extra parameters. */
        static SignInPage open(RealBrowser browser, Stack stack, Map<String, String> extra) {
            Oidc oidc = new Oidc(stack);
            Oidc.AuthorizationRequest request = oidc.authorizationRequest(Oidc.MEMBER_PORTAL, Oidc.MEMBER_PORTAL_REDIRECT,
                    "openid", new LinkedHashMap<>(extra));
            browser.get(request.uri());
            return new SignInPage(browser, oidc, request);
        }

        SignInPage awaitForm() {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
            return this;
        }

        WebElement passkeyButton() {
            return browser.driver().findElement(By.id("authenticateWebAuthnButton"));
        }

        String usernameAutocomplete() {
            return browser.driver().findElement(By.id("username")).getAttribute("autocomplete");
        }

        SignInPage withPassword(String username, String password) {
            browser.driver().findElement(By.id("username")).sendKeys(username);
            browser.driver().findElement(By.id("password")).sendKeys(password);
            browser.driver().findElement(By.id("kc-login")).click();
            return this;
        }

        /** "Masuk dengan passkey": the phone answers at once (its owner's fingerprint is taken as given). */
        SignInPage withPasskey() {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.elementToBeClickable(By.id("authenticateWebAuthnButton"))).click();
            return this;
        }

        /** The redirect to the client, once the login completed. */
        URI awaitRedirect() {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> driver.getCurrentUrl().startsWith(Oidc.MEMBER_PORTAL_REDIRECT));
            return URI.create(browser.driver().getCurrentUrl());
        }

        /**
         * The error the sign-in page shows after a refused passkey. The page that says it offers the passkey again,
         * and the virtual phone would answer at once, again and again: the phone is put away after the first refusal
         * and the error read from the page that stays.
         */
        String awaitRefusal(Phone phone) {
            By error = By.cssSelector("#input-error-username, #input-error, .pf-v5-c-alert__title");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(error));
            phone.putAway();
            Pause.millis(1500);
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(error).getText().trim());
        }

        Oidc.Tokens tokens(URI redirect) {
            return oidc.exchange(request, redirect);
        }
    }

    /** The SMS code page. */
    private static final class CodePage {

        private final RealBrowser browser;

        private CodePage(RealBrowser browser) {
            this.browser = browser;
        }

        static CodePage await(RealBrowser browser) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-otp-login-form")));
            return new CodePage(browser);
        }

        String text() {
            return browser.driver().findElement(By.tagName("body")).getText();
        }

        void enter(String code) {
            browser.driver().findElement(By.id("otp")).sendKeys(code);
            browser.driver().findElement(By.id("kc-login")).click();
        }
    }
}
