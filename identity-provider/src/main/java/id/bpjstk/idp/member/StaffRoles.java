package id.bpjstk.idp.member;

import java.util.List;

import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * The realm roles of staff: claims officers and operators (the help desk, and the break-glass realm administrator,
 * both holding {@code operator}). Staff always sign in at level 2, and a staff account's lockout is lifted by a realm
 * administrator only.
 */
public final class StaffRoles {

    public static final String CLAIMS_OFFICER = "claims-officer";
    public static final String OPERATOR = "operator";
    public static final String HELPDESK = "helpdesk";
    public static final String REALM_ADMIN = "realm-admin";

    private static final List<String> ALL = List.of(CLAIMS_OFFICER, OPERATOR, HELPDESK, REALM_ADMIN);

    private StaffRoles() {
    }

    /** Whether the user holds the realm role, directly, through a composite role or through a group. */
    public static boolean holds(RealmModel realm, UserModel user, String roleName) {
        RoleModel role = realm.getRole(roleName);
        return role != null && user.hasRole(role);
    }

    /** Whether the user holds a staff role. */
    public static boolean isStaff(RealmModel realm, UserModel user) {
        return ALL.stream().anyMatch(role -> holds(realm, user, role));
    }
}
