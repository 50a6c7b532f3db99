package id.bpjstk.idp.device;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.bpjstk.member.ConstantTime;

/**
 * The browsers a member signed in from lately: for each, only the keyed hash of its device cookie and when it was last
 * used, {@code <hash>:<epoch seconds>}, at most {@value #MAX} (the one used longest ago makes room for a new one). Kept
 * in the user attribute {@value #ATTRIBUTE} as one value, the browsers separated by commas, newest first: Keycloak's
 * email templates expect single-valued attributes. Malformed entries are dropped.
 */
final class KnownDevices {

    static final String ATTRIBUTE = "knownDevices";
    static final int MAX = 10;
    /** A known browser's last use is written again only after a day, so that a sign-in is not always a write. */
    static final long TOUCH_AFTER_SECONDS = 24 * 3600;

    private static final String SEPARATOR = ",";
    private static final Pattern VALUE = Pattern.compile("^([A-Za-z0-9_-]{43}):(\\d{1,12})$");

    record Device(String hash, long lastUse) {

        String value() {
            return hash + ":" + lastUse;
        }
    }

    /** Newest first. */
    private final List<Device> devices;

    private KnownDevices(List<Device> devices) {
        this.devices = devices;
    }

    static KnownDevices parse(Collection<String> values) {
        List<Device> devices = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value != null) {
                entries.addAll(List.of(value.split(SEPARATOR)));
            }
        }
        for (String entry : entries) {
            Matcher matcher = VALUE.matcher(entry.trim());
            if (matcher != null && matcher.matches() && find(devices, matcher.group(1)).isEmpty()) {
                devices.add(new Device(matcher.group(1), Long.parseLong(matcher.group(2))));
            }
        }
        devices.sort(Comparator.comparingLong(Device::lastUse).reversed());
        return new KnownDevices(devices.size() > MAX ? new ArrayList<>(devices.subList(0, MAX)) : devices);
    }

    /** The known browser whose hash is one of {@code hashes} (the same cookie under each of the realm's keys). */
    Optional<Device> find(Collection<String> hashes) {
        return devices.stream().filter(device -> hashes.stream().anyMatch(hash -> ConstantTime.same(hash, device.hash()))).findFirst();
    }

    /**
     * Notes a sign-in from a known browser: its last use moves to {@code now} when the last one is a day old, and its
     * hash becomes {@code currentHash} (the hash under the realm's active key, after a key rotation). Says whether
     * anything changed.
     */
    boolean touch(Device device, String currentHash, long now) {
        if (device.hash().equals(currentHash) && now - device.lastUse() < TOUCH_AFTER_SECONDS) {
            return false;
        }
        devices.remove(device);
        devices.add(0, new Device(currentHash, now));
        return true;
    }

    /** Remembers a new browser as the newest; the one used longest ago goes when the list is full. */
    void add(String hash, long now) {
        find(List.of(hash)).ifPresent(devices::remove);
        devices.add(0, new Device(hash, now));
        while (devices.size() > MAX) {
            devices.remove(devices.size() - 1);
        }
    }

    /** Forgets a browser; says whether it was known. */
    boolean remove(String hash) {
        return find(List.of(hash)).map(devices::remove).orElse(false);
    }

    List<Device> devices() {
        return List.copyOf(devices);
    }

    /** The browsers' entries, newest first. */
    List<String> entries() {
        return devices.stream().map(Device::value).toList();
    }

    /** The attribute's value: every entry, newest first; empty when no browser is known. */
    String value() {
        return String.join(SEPARATOR, entries());
    }

    private static Optional<Device> find(List<Device> devices, String hash) {
        return devices.stream().filter(device -> device.hash().equals(hash)).findFirst();
    }
}
