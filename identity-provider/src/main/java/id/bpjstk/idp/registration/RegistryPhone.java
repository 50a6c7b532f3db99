package id.bpjstk.idp.registration;


import id.bpjstk.idp.registry.MemberRegistry;
import id.bpjstk.member.ConstantTime;
import id.bpjstk.member.IndonesianMobileNumber;

/**
 * The mobile number a registration may verify: only the one the registry holds for the KPJ. Leaked KPJ, NIK and birth
 * date are not enough to register someone else's account, because the phone-verification code goes to the owner's
 * phone, never to a number typed on the page. Both numbers are compared in E.164; a registry member without a usable
 * mobile number on record cannot register online (the page answers as for any mismatch).
 */
final class RegistryPhone {

    private RegistryPhone() {
    }

    /**
     * @param typed the page's number, already E.164 ({@link RegistrationForm#phoneNumber()})
     * @return whether the typed number is the registry's number for this member
     */
    static boolean isOnRecord(MemberRegistry.Match match, String typed) {
        String onRecord = IndonesianMobileNumber.normalise(match.phoneNumber()).orElse("");
        String candidate = typed == null ? "" : typed;
        // the same work whether the numbers differ early, late or not at all
        boolean same = ConstantTime.same(onRecord, candidate);
        return same && !onRecord.isEmpty();
    }
}
