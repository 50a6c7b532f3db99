package id.bpjstk.idp.member;

import java.util.List;

import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * The realm roles of staff: claims officers and operators (helpdesk, and the break-glass realm administrator). Staff
 * always sign in at level 2.
 */
public final class StaffRoles {

    public static final String CLAIMS_OFFICER = "claims-officer";
    public static final String OPERATOR = "operator";
    public static final String HELPDESK = "helpdesk";
    public static final String REALM_ADMIN = "realm-admin";

    private static final List<String> ALL = List.of(CLAIMS_OFFICER, OPERATOR, HELPDESK, REALM_ADMIN);

    private StaffRoles() {
    }

    /** Whether the user holds a staff role, directly, through a composite role or through a group. */
    public static boolean isStaff(RealmModel realm, UserModel user) {
        for (String name : ALL) {
            RoleModel role = realm.getRole(name);
            if (role != null && user.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
