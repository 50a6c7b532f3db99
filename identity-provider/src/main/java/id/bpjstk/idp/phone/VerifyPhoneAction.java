package id.bpjstk.idp.phone;

import java.util.Optional;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.UserModel;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.otp.OtpService;

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
    protected String use() {
        return "phone-verification";
    }

    @Override
    protected String titleKey() {
        return "bpjstkVerifyPhoneTitle";
    }

    @Override
    protected Optional<String> phoneNumber(UserModel user) {
        return MemberAttributes.phoneNumber(user);
    }

    @Override
    protected void onProof(RequiredActionContext context, OtpService otp, String phoneNumber) {
        context.getUser().setSingleAttribute(MemberAttributes.PHONE_NUMBER_VERIFIED, "true");
    }
}
