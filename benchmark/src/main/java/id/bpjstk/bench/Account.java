package id.bpjstk.bench;

/**
 * One account a benchmark browser signs in with. {@code phone} is set where our realm sends an SMS code, {@code
 * totpSecret} where stock Keycloak asks for an authenticator app's code. {@code deviceCookie} is the browser's
 * long-lived cookie for this account (our realm's known-browser cookie), kept across sign-ins as a member's browser
 * keeps it; one browser uses an account at a time.
 */
final class Account {

    final String username;
    final String password;
    final String phone;
    final String totpSecret;
    volatile String deviceCookie;
    /** The authenticator app's last step this account signed in with (a code is taken once). */
    volatile long lastTotpStep;

    Account(String username, String password, String phone, String totpSecret) {
        this.username = username;
        this.password = password;
        this.phone = phone;
        this.totpSecret = totpSecret;
    }
}
