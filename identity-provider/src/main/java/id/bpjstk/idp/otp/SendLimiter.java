package id.bpjstk.idp.otp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * Limits how often codes are sent, counted in Keycloak's cluster-wide single-use store so that every node sees the
 * same counts: one code per cooldown per account, and at most N codes in any hour per account and per phone
 * number. Each send in the hour holds one of N slots that expires an hour after it was taken; taking a slot is an
 * atomic put-if-absent, so parallel requests cannot both take the last one.
 */
final class SendLimiter {

    sealed interface Decision permits Allowed, Cooldown, HourlyLimit {
    }

    record Allowed(Runnable release) implements Decision {
    }

    record Cooldown(long secondsLeft) implements Decision {
    }

    record HourlyLimit() implements Decision {
    }

    private static final long HOUR_SECONDS = 3600;
    private static final String PREFIX = "bpjstk-otp-send:";

    private final SingleUseObjectProvider store;
    private final OtpSettings settings;

    SendLimiter(KeycloakSession session, OtpSettings settings) {
        this.store = session.singleUseObjects();
        this.settings = settings;
    }

    /** Takes the cooldown and an hourly slot for the account and the phone, or says why not. */
    Decision acquire(RealmModel realm, UserModel user, String phoneNumber) {
        String account = PREFIX + realm.getId() + ":user:" + user.getId();
        String phone = PREFIX + realm.getId() + ":phone:" + digest(phoneNumber);
        String cooldown = account + ":cooldown";

        long now = Time.currentTime();
        if (!store.putIfAbsent(cooldown, settings.resendCooldownSeconds())) {
            Map<String, String> since = store.get(cooldown + ":at");
            long sentAt = since == null ? now : Long.parseLong(since.getOrDefault("at", Long.toString(now)));
            return new Cooldown(Math.max(1, sentAt + settings.resendCooldownSeconds() - now));
        }
        store.put(cooldown + ":at", settings.resendCooldownSeconds(), Map.of("at", Long.toString(now)));

        String accountSlot = takeSlot(account);
        if (accountSlot == null) {
            return new HourlyLimit();
        }
        String phoneSlot = takeSlot(phone);
        if (phoneSlot == null) {
            store.remove(accountSlot);
            return new HourlyLimit();
        }
        return new Allowed(() -> {
            // the message did not go out: it must not count
            store.remove(accountSlot);
            store.remove(phoneSlot);
            store.remove(cooldown);
            store.remove(cooldown + ":at");
        });
    }

    private String takeSlot(String owner) {
        for (int slot = 0; slot < settings.maxSendsPerHour(); slot++) {
            String key = owner + ":slot:" + slot;
            if (store.putIfAbsent(key, HOUR_SECONDS)) {
                return key;
            }
        }
        return null;
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
