package id.bpjstk.idp.member;

import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;

/** Whether a member has turned on two-step verification: SMS codes (an attribute) or an authenticator app (TOTP). */
public final class TwoStep {

    /** User attribute set by the required action that turns SMS two-step verification on. */
    public static final String ATTRIBUTE = "twoStepVerification";
    public static final String SMS = "sms";

    private TwoStep() {
    }

    public static boolean isEnabled(UserModel user) {
        return SMS.equals(user.getFirstAttribute(ATTRIBUTE)) || user.credentialManager().isConfiguredFor(OTPCredentialModel.TYPE);
    }
}
