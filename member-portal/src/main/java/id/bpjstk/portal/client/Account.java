package id.bpjstk.portal.client;

import java.util.List;
import java.util.Map;

/**
 * What Keycloak's account API ({@code /realms/{realm}/account/...}) and the extension's {@code bpjstk-account}
 * resource answer about the signed-in person's own account, as far as the security page reads it.
 */
public final class Account {

    private Account() {
    }

    /** A device (browser and system) with its sessions ({@code GET /account/sessions/devices}); times in seconds. */
    public record Device(String id, String ipAddress, String os, String osVersion, String browser, String device,
            long lastAccess, Boolean current, List<Session> sessions, boolean mobile) {
    }

    /** One SSO session; {@code current} is the one of the token that asked. */
    public record Session(String id, String ipAddress, long started, long lastAccess, long expires,
            List<Client> clients, String browser, Boolean current) {
    }

    /** An application used in a session. */
    public record Client(String clientId, String clientName) {
    }

    /** A kind of sign-in method with the person's own credentials of it ({@code GET /account/credentials}). */
    public record CredentialType(String type, String category, String createAction, String updateAction,
            boolean removeable, List<CredentialMetadata> userCredentialMetadatas) {
    }

    public record CredentialMetadata(Credential credential) {
    }

    /** A stored credential: never its secret, which the account API does not give either. */
    public record Credential(String id, String type, String userLabel, Long createdDate) {
    }

    /** The person's profile as the account API gives it ({@code GET /account/}): the attributes she may see. */
    public record User(String id, String username, Map<String, List<String>> attributes) {

        public String attribute(String name) {
            List<String> values = attributes == null ? null : attributes.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** Her recent activity ({@code GET /bpjstk-account/activity}), newest first; times in milliseconds. */
    public record Activity(List<ActivityEntry> events) {
    }

    /**
     * One line of it: {@code kind} (SIGN_IN, SIGN_IN_FAILED, CODE_FAILED, SIGN_OUT, PASSWORD_CHANGED, METHOD_ADDED,
     * METHOD_REMOVED, EMAIL_CHANGED, TWO_STEP_ON, PHONE_VERIFIED, PASSWORD_RESET, LOCKED, REGISTERED), the application,
     * the address, and the method (password, otp, passkey, recovery-codes, sms) where the kind names one.
     */
    public record ActivityEntry(String kind, String event, long time, String clientId, String ipAddress, String method) {
    }

    /** An application she uses or allowed ({@code GET /account/applications}); {@code consent} is null without one. */
    public record Application(String clientId, String clientName, Consent consent) {
    }

    /** What she allowed an application, and since when (epoch milliseconds). */
    public record Consent(List<GrantedScope> grantedScopes, Long createdDate, Long lastUpdatedDate) {
    }

    public record GrantedScope(String id, String name, String displayText) {
    }
}
