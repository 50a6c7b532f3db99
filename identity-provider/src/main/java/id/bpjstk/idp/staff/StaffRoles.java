package id.bpjstk.idp.staff;

import java.util.List;

import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/** The realm roles of staff and members, by the names the realm defines (realm-config). */
final class StaffRoles {

    static final String MEMBER = "member";
    static final String HELPDESK = "helpdesk";
    /** Every role that makes an account a staff account: its lockout is lifted by a realm administrator only. */
    static final List<String> STAFF = List.of("claims-officer", "operator", HELPDESK, "realm-admin");

    private StaffRoles() {
    }

    static boolean holds(RealmModel realm, UserModel user, String roleName) {
        RoleModel role = realm.getRole(roleName);
        return role != null && user.hasRole(role);
    }

    static boolean isStaff(RealmModel realm, UserModel user) {
        return STAFF.stream().anyMatch(role -> holds(realm, user, role));
    }
}
