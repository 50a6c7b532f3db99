package id.bpjstk.systemtest.support.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.RealBrowser;

/**
 * The realm's sign-in pages in a real browser, as a member uses them: the password form (KPJ or email, password),
 * then the code form where the flow asks for a code (an SMS code or the authenticator app's). Field names are the
 * page contract: {@code username}, {@code password}, {@code otp}.
 */
public final class LoginPage {

    public static final By PASSWORD_FORM = By.id("kc-form-login");
    public static final By CODE_FORM = By.id("kc-otp-login-form");

    private final RealBrowser browser;

    public LoginPage(RealBrowser browser) {
        this.browser = browser;
    }

    /** Waits for the password form, types KPJ (or email) and password, and signs in. */
    public LoginPage signIn(String username, String password) {
        WebElement form = browser.awaitVisible(PASSWORD_FORM);
        type(form.findElement(By.name("username")), username);
        type(form.findElement(By.name("password")), password);
        form.findElement(By.id("kc-login")).click();
        return this;
    }

    /** Waits until the flow asks for a code. */
    public LoginPage awaitCodeForm() {
        browser.awaitVisible(CODE_FORM);
        return this;
    }

    /** Types the code into the code form and submits it. */
    public LoginPage enterCode(String code) {
        WebElement form = browser.awaitVisible(CODE_FORM);
        type(form.findElement(By.name("otp")), code);
        form.findElement(By.id("kc-login")).click();
        return this;
    }

    private static void type(WebElement field, String value) {
        field.clear();
        field.sendKeys(value);
    }
}
