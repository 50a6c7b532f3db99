package id.bpjstk.idp.identity;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.messaging.MemberNotices;
import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.registry.MemberRegistry;

/**
 * A KPJ was just blocked from identity checks (by registration or by password recovery, which share the throttle):
 * its owner is told, by the account's channels, or else by the phone number the registry holds for it.
 */
public final class BlockedKpjNotice {

    static final String MESSAGE = "registrationBlockedNotice";

    private BlockedKpjNotice() {
    }

    public static void send(KeycloakSession session, RealmModel realm, String kpj) {
        MemberNotices notices = new MemberNotices(session, realm);
        UserModel owner = MemberAttributes.accountOf(session, realm, kpj);
        if (owner != null) {
            notices.sms(owner, owner.getFirstAttribute(MemberAttributes.PHONE_NUMBER), OutgoingMessage.Purpose.NOTICE, MESSAGE);
            notices.email(owner, OutgoingMessage.Purpose.NOTICE, MESSAGE);
        } else {
            session.getProvider(MemberRegistry.class).contact(kpj).ifPresent(contact ->
                    notices.sms(null, contact.phoneNumber(), OutgoingMessage.Purpose.NOTICE, MESSAGE));
        }
    }
}
