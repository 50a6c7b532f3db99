package id.bpjstk.idp.registration;

import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Throttles identity checks (KPJ + NIK + birth date against the registry), shared by registration and password
 * reset, counted in Keycloak's cluster-wide single-use store. A KPJ with too many failed checks is blocked from them
 * for a while; a client address with many failed checks in an hour is first slowed, then refused. Each failure
 * takes one slot that expires on its own, and taking a slot is an atomic put-if-absent, so parallel requests
 * cannot lose a failure.
 */
final class IdentityCheckThrottle {

    enum State { OPEN, SLOW, ADDRESS_REFUSED, KPJ_BLOCKED }

    record Limits(int kpjMaxFailures, long kpjBlockSeconds, int addressSlowAfter, int addressMaxFailuresPerHour) {

        static final String KPJ_MAX_FAILURES = "kpj-max-failures";
        static final String KPJ_BLOCK_HOURS = "kpj-block-hours";
        static final String ADDRESS_SLOW_AFTER = "address-slow-after";
        static final String ADDRESS_MAX_FAILURES_PER_HOUR = "address-max-failures-per-hour";

        static final Limits DEFAULTS = new Limits(5, 24 * 3600, 10, 20);

        static Limits from(AuthenticatorConfigModel config) {
            Map<String, String> values = config == null || config.getConfig() == null ? Map.of() : config.getConfig();
            return new Limits(
                    positive(values.get(KPJ_MAX_FAILURES), DEFAULTS.kpjMaxFailures()),
                    positive(values.get(KPJ_BLOCK_HOURS), (int) (DEFAULTS.kpjBlockSeconds() / 3600)) * 3600L,
                    positive(values.get(ADDRESS_SLOW_AFTER), DEFAULTS.addressSlowAfter()),
                    positive(values.get(ADDRESS_MAX_FAILURES_PER_HOUR), DEFAULTS.addressMaxFailuresPerHour()));
        }

        private static int positive(String value, int fallback) {
            try {
                int parsed = value == null ? fallback : Integer.parseInt(value.trim());
                return parsed > 0 ? parsed : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    private static final long HOUR_SECONDS = 3600;
    private static final String PREFIX = "bpjstk-identity-check:";

    private final SingleUseObjectProvider store;
    private final Limits limits;
    private final String realmId;

    IdentityCheckThrottle(KeycloakSession session, RealmModel realm, Limits limits) {
        this.store = session.singleUseObjects();
        this.limits = limits;
        this.realmId = realm.getId();
    }

    /** Whether a check for this KPJ from this address may go ahead now. */
    State before(String membershipNumber, String address) {
        if (store.contains(blockedKey(membershipNumber))) {
            return State.KPJ_BLOCKED;
        }
        int failures = taken(addressKey(address), limits.addressMaxFailuresPerHour());
        if (failures >= limits.addressMaxFailuresPerHour()) {
            return State.ADDRESS_REFUSED;
        }
        return failures >= limits.addressSlowAfter() ? State.SLOW : State.OPEN;
    }

    /**
     * Records one failed check for the KPJ and the address.
     *
     * @return true when this failure blocked the KPJ (the first time only), so that its owner is told once
     */
    boolean failed(String membershipNumber, String address) {
        take(addressKey(address), limits.addressMaxFailuresPerHour(), HOUR_SECONDS);
        take(kpjKey(membershipNumber), limits.kpjMaxFailures(), limits.kpjBlockSeconds());
        return taken(kpjKey(membershipNumber), limits.kpjMaxFailures()) >= limits.kpjMaxFailures()
                && store.putIfAbsent(blockedKey(membershipNumber), limits.kpjBlockSeconds());
    }

    /** Takes the first free slot, if any is left. */
    private void take(String owner, int slots, long lifespanSeconds) {
        for (int slot = 0; slot < slots; slot++) {
            if (store.putIfAbsent(owner + ":" + slot, lifespanSeconds)) {
                return;
            }
        }
    }

    private int taken(String owner, int slots) {
        int count = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (store.contains(owner + ":" + slot)) {
                count++;
            }
        }
        return count;
    }

    private String kpjKey(String membershipNumber) {
        return PREFIX + realmId + ":kpj:" + membershipNumber;
    }

    private String blockedKey(String membershipNumber) {
        return kpjKey(membershipNumber) + ":blocked";
    }

    private String addressKey(String address) {
        return PREFIX + realmId + ":address:" + address;
    }
}
