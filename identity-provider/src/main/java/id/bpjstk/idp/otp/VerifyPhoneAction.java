package id.bpjstk.idp.otp;

import java.util.Optional;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.UserModel;

/** Required action "verify phone": the member proves the number on the account is theirs; it is then marked verified. */
public class VerifyPhoneAction extends PhoneCodeAction {

    public static final String PROVIDER_ID = "bpjstk-verify-phone";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Verify mobile number (BPJSTK)";
    }

    @Override
    String use() {
        return "phone-verification";
    }

    @Override
    String titleKey() {
        return "bpjstkVerifyPhoneTitle";
    }

    @Override
    Optional<String> phoneNumber(UserModel user) {
        return OtpService.phoneNumber(user);
    }

    @Override
    void onProof(RequiredActionContext context, OtpService otp, String phoneNumber) {
        context.getUser().setSingleAttribute(OtpService.PHONE_NUMBER_VERIFIED, "true");
    }
}
