package id.bpjstk.idp.identity;

import java.util.List;
import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

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

        /** The settings as both steps offer them. */
        public static final List<ProviderConfigProperty> CONFIG_PROPERTIES = ProviderConfigurationBuilder.create()
                .property().name(KPJ_MAX_FAILURES).label("Failed checks before a KPJ is blocked")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("5").add()
                .property().name(KPJ_BLOCK_HOURS).label("Hours a KPJ stays blocked")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("24").add()
                .property().name(ADDRESS_SLOW_AFTER).label("Failed checks per address and hour before slowing down")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("10").add()
                .property().name(ADDRESS_MAX_FAILURES_PER_HOUR).label("Failed checks per address and hour before refusing")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue("20").add()
                .build();

        public static Limits from(AuthenticatorConfigModel config) {
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
