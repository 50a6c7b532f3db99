package id.bpjstk.idp.phone;

import java.util.Optional;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.UserModel;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.member.TwoStep;
import id.bpjstk.idp.otp.OtpService;


/**
 * Required action "turn on two-step verification by SMS": after a code to the member's phone, every sign-in of the
 * member asks for an SMS code as well and gives {@code acr} "2". Proving the code also verifies the number.
 */
public class EnableSmsTwoStepAction extends PhoneCodeAction {

    public static final String PROVIDER_ID = "bpjstk-enable-sms-two-step";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayText() {
        return "Turn on two-step verification by SMS (BPJSTK)";
    }

    @Override
    protected String use() {
        return "two-step-enrolment";
    }

    @Override
    protected String titleKey() {
        return "bpjstkEnableTwoStepTitle";
    }

    @Override
    protected Optional<String> phoneNumber(UserModel user) {
        return MemberAttributes.phoneNumber(user);
    }

    @Override
    protected void onProof(RequiredActionContext context, OtpService otp, String phoneNumber) {
        UserModel user = context.getUser();
        user.setSingleAttribute(MemberAttributes.PHONE_NUMBER_VERIFIED, "true");
        user.setSingleAttribute(TwoStep.ATTRIBUTE, TwoStep.SMS);
    }
}
