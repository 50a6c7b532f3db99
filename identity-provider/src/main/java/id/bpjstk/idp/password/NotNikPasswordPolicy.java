package id.bpjstk.idp.password;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.keycloak.Config;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;
import org.keycloak.policy.PolicyError;

import id.bpjstk.idp.member.FormFields;
import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.registry.MemberRegistry;
import id.bpjstk.idp.registry.NikHash;

/**
 * Password policy {@code notNik}: the password may not contain the member's NIK. On the registration page the NIK is
 * in the form; later (password change, reset) every 16-digit run in the password is hashed like the stored
 * {@code nikHash} and compared, since the NIK itself is never kept.
 */
public class NotNikPasswordPolicy implements PasswordPolicyProvider, PasswordPolicyProviderFactory {

    public static final String PROVIDER_ID = "notNik";
    static final String MESSAGE = "passwordNotNikMessage";
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?=([0-9]{16}))");

    private final KeycloakSession session;

    public NotNikPasswordPolicy() {
        this(null);
    }

    private NotNikPasswordPolicy(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        PolicyError fromForm = validate(user == null ? null : user.getUsername(), password);
        if (fromForm != null || user == null || password == null) {
            return fromForm;
        }
        String stored = user.getFirstAttribute(MemberAttributes.NIK_HASH);
        NikHash nikHash = stored == null || session == null ? null : session.getProvider(MemberRegistry.class).nikHash().orElse(null);
        if (nikHash == null) {
            return null;
        }
        Matcher runs = SIXTEEN_DIGITS.matcher(password);
        while (runs.find()) {
            if (nikHash.matches(stored, runs.group(1))) {
                return new PolicyError(MESSAGE);
            }
        }
        return null;
    }

    /** The registration page: the NIK typed in the same form. */
    @Override
    public PolicyError validate(String username, String password) {
        if (session == null || password == null) {
            return null;
        }
        String nik = formValue(FormFields.NIK);
        return nik != null && nik.length() == 16 && password.contains(nik) ? new PolicyError(MESSAGE) : null;
    }

    /** A field of the form being submitted; null outside an HTTP form request (realm import, admin API). */
    private String formValue(String name) {
        try {
            HttpRequest request = session.getContext().getHttpRequest();
            return request == null ? null : request.getDecodedFormParameters().getFirst(name);
        } catch (RuntimeException noFormHere) {
            return null;
        }
    }

    @Override
    public Object parseConfig(String value) {
        return null;
    }

    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new NotNikPasswordPolicy(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayName() {
        return "Not the NIK";
    }

    @Override
    public String getConfigType() {
        return null;
    }

    @Override
    public String getDefaultConfigValue() {
        return null;
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
