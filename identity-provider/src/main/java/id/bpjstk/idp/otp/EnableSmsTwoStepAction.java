package id.bpjstk.idp.otp;

import java.util.Optional;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.UserModel;

import id.bpjstk.member.Masking;

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
    String use() {
        return "two-step-enrolment";
    }

    @Override
    String titleKey() {
        return "bpjstkEnableTwoStepTitle";
    }

    @Override
    Optional<String> phoneNumber(UserModel user) {
        return OtpService.phoneNumber(user);
    }

    @Override
    void onProof(RequiredActionContext context, OtpService otp, String phoneNumber) {
        UserModel user = context.getUser();
        user.setSingleAttribute(OtpService.PHONE_NUMBER_VERIFIED, "true");
        user.setSingleAttribute(TwoStep.ATTRIBUTE, TwoStep.SMS);
        otp.notifyByEmail(context.getRealm(), user, "bpjstkTwoStepOnNotice", Masking.phone(phoneNumber));
    }
}
