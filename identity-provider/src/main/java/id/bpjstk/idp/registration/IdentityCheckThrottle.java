package id.bpjstk.idp.registration;

import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Throttles identity checks (KPJ + NIK + birth date against the registry), counted in Keycloak's cluster-wide
 * single-use store. A KPJ with too many failed checks is blocked from them for a while; a client address with many
 * failed checks in an hour is first slowed, then refused. Each check reserves one slot of the KPJ and one of the
 * address before the registry is asked, and keeps them if it fails; slots expire on their own, and taking one is an
 * atomic put-if-absent, so parallel requests can neither lose a failure nor get past the limits together.
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

    /**
     * One identity check under way: it holds one failure slot of the KPJ and one of the address from before the
     * registry is asked, so that parallel requests cannot all slip past the limits. A check that turns out not to be
     * a failure gives its slots back.
     */
    record Reservation(State state, String membershipNumber, String kpjSlot, String addressSlot) {
        boolean mayProceed() {
            return state == State.OPEN || state == State.SLOW;
        }
    }

    /** Reserves the slots of one check for this KPJ from this address, or says why it may not go ahead. */
    Reservation reserve(String membershipNumber, String address) {
        if (store.contains(blockedKey(membershipNumber))) {
            return new Reservation(State.KPJ_BLOCKED, membershipNumber, null, null);
        }
        String addressSlot = take(addressKey(address), limits.addressMaxFailuresPerHour(), HOUR_SECONDS);
        if (addressSlot == null) {
            return new Reservation(State.ADDRESS_REFUSED, membershipNumber, null, null);
        }
        String kpjSlot = take(kpjKey(membershipNumber), limits.kpjMaxFailures(), limits.kpjBlockSeconds());
        if (kpjSlot == null) {
            store.remove(addressSlot);
            return new Reservation(State.KPJ_BLOCKED, membershipNumber, null, null);
        }
        boolean slow = taken(addressKey(address), limits.addressMaxFailuresPerHour()) > limits.addressSlowAfter();
        return new Reservation(slow ? State.SLOW : State.OPEN, membershipNumber, kpjSlot, addressSlot);
    }

    /** The check was no failure (a match, or the registry could not be asked): its slots are free again. */
    void passed(Reservation reservation) {
        if (reservation.kpjSlot() != null) {
            store.remove(reservation.kpjSlot());
        }
        if (reservation.addressSlot() != null) {
            store.remove(reservation.addressSlot());
        }
    }

    /**
     * The check failed: its slots stay taken until they expire.
     *
     * @return true when this failure blocked the KPJ (the first time only), so that its owner is told once
     */
    boolean failed(Reservation reservation) {
        String kpj = reservation.membershipNumber();
        return taken(kpjKey(kpj), limits.kpjMaxFailures()) >= limits.kpjMaxFailures()
                && store.putIfAbsent(blockedKey(kpj), limits.kpjBlockSeconds());
    }

    /** Takes the first free slot; null when all are taken. */
    private String take(String owner, int slots, long lifespanSeconds) {
        for (int slot = 0; slot < slots; slot++) {
            String key = owner + ":" + slot;
            if (store.putIfAbsent(key, lifespanSeconds)) {
                return key;
            }
        }
        return null;
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
