package id.bpjstk.idp.identity;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.provider.ProviderConfigProperty;

import id.bpjstk.idp.settings.NumberSetting;

/**
 * Throttles identity checks (KPJ + NIK + birth date against the registry), counted in Keycloak's cluster-wide
 * single-use store. A KPJ with too many failed checks is blocked from them for a while; a client address with many
 * failed checks in an hour is first slowed, then refused. Each check reserves one slot of the KPJ and one of the
 * address before the registry is asked, and keeps them if it fails; slots expire on their own, and taking one is an
 * atomic put-if-absent, so parallel requests can neither lose a failure nor get past the limits together. Registration
 * and recovery share the slots, so guesses spread over both pages count together.
 */
public final class IdentityCheckThrottle {

    public enum State { OPEN, SLOW, ADDRESS_REFUSED, KPJ_BLOCKED }

    /** The limits, from the configuration of the registration step or the recovery step (same keys and defaults). */
    public record Limits(int kpjMaxFailures, long kpjBlockSeconds, int addressSlowAfter, int addressMaxFailuresPerHour) {

        static final String KPJ_MAX_FAILURES = "kpj-max-failures";
        static final String KPJ_BLOCK_HOURS = "kpj-block-hours";
        static final String ADDRESS_SLOW_AFTER = "address-slow-after";
        static final String ADDRESS_MAX_FAILURES_PER_HOUR = "address-max-failures-per-hour";

        static final Limits DEFAULTS = new Limits(5, 24 * 3600, 10, 20);

        /**
         * The settings with their ranges: 1 to 20 failed checks a KPJ, blocked 1 hour to a week; an address slowed
         * and refused after 1 to 1000 failed checks an hour.
         */
        static final NumberSetting KPJ_FAILURES = new NumberSetting(KPJ_MAX_FAILURES, "Failed checks before a KPJ is blocked",
                "Failed identity checks of one KPJ before it is blocked from registration and recovery.", DEFAULTS.kpjMaxFailures(), 1, 20);
        static final NumberSetting KPJ_BLOCK = new NumberSetting(KPJ_BLOCK_HOURS, "Hours a KPJ stays blocked",
                "How long a blocked KPJ stays blocked.", (int) (DEFAULTS.kpjBlockSeconds() / 3600), 1, 168);
        static final NumberSetting ADDRESS_SLOW = new NumberSetting(ADDRESS_SLOW_AFTER, "Failed checks per address and hour before slowing down",
                "Failed checks from one client address in an hour after which each check waits 2 s.", DEFAULTS.addressSlowAfter(), 1, 1000);
        static final NumberSetting ADDRESS_MAX = new NumberSetting(ADDRESS_MAX_FAILURES_PER_HOUR, "Failed checks per address and hour before refusing",
                "Failed checks from one client address in an hour after which it is refused.", DEFAULTS.addressMaxFailuresPerHour(), 1, 1000);

        /** The settings as both steps offer them. */
        public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = List.of(KPJ_FAILURES, KPJ_BLOCK, ADDRESS_SLOW, ADDRESS_MAX);

        public static Limits from(AuthenticatorConfigModel config) {
            Map<String, String> values = config == null || config.getConfig() == null ? Map.of() : config.getConfig();
            return new Limits(KPJ_FAILURES.read(values), KPJ_BLOCK.read(values) * 3600L, ADDRESS_SLOW.read(values), ADDRESS_MAX.read(values));
        }
    }

    /** How a check past the address's slow-down threshold waits before it goes ahead. */
    interface Pause {
        void take();
    }

    private static final long HOUR_SECONDS = 3600;
    private static final long SLOW_DOWN_MILLIS = 2_000;
    private static final String PREFIX = "bpjstk-identity-check:";

    private final SingleUseObjectProvider store;
    private final Limits limits;
    private final String realmId;
    private final Pause pause;

    public IdentityCheckThrottle(KeycloakSession session, RealmModel realm, Limits limits) {
        this(session.singleUseObjects(), realm.getId(), limits, IdentityCheckThrottle::slowDown);
    }

    IdentityCheckThrottle(SingleUseObjectProvider store, String realmId, Limits limits, Pause pause) {
        this.store = store;
        this.limits = limits;
        this.realmId = realmId;
        this.pause = pause;
    }

    /**
     * One identity check under way: it holds one failure slot of the KPJ and one of the address from before the
     * registry is asked, so that parallel requests cannot all slip past the limits. A check that turns out not to be
     * a failure gives its slots back.
     */
    public record Reservation(State state, String membershipNumber, String kpjSlot, String addressSlot) {
    }

    /**
     * Reserves the slots of one check for this KPJ from this address, or says why it may not go ahead. A check from an
     * address past the slow-down threshold ({@link State#SLOW}) waits a little here before it goes ahead.
     */
    public Reservation reserve(String membershipNumber, String address) {
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
        if (slow) {
            pause.take();
        }
        return new Reservation(slow ? State.SLOW : State.OPEN, membershipNumber, kpjSlot, addressSlot);
    }

    /** The check was no failure (a match, or the registry could not be asked): its slots are free again. */
    public void passed(Reservation reservation) {
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
    public boolean failed(Reservation reservation) {
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

    private static void slowDown() {
        try {
            Thread.sleep(SLOW_DOWN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
