package id.bpjstk.idp.device;

import java.util.Map;

/**
 * The browser and operating system of a sign-in in a few words ("Chrome di Windows"), from Keycloak's reading of the
 * User-Agent header. The header is written by whoever signs in, so only names from the lists below ever reach a
 * message: an attacker cannot put words of his own into the member's SMS. Every message key takes the browser as
 * {@code {0}} and the system as {@code {1}}.
 */
record DeviceLabel(String browser, String os) {

    static final String BROWSER_ON_OS = "bpjstkDeviceBrowserOnOs";
    static final String BROWSER = "bpjstkDeviceBrowser";
    static final String OS = "bpjstkDeviceOs";
    static final String UNKNOWN = "bpjstkDeviceUnknown";

    /** ua-parser's browser families, as Keycloak reports them, and the name members know. */
    private static final Map<String, String> BROWSERS = Map.ofEntries(
            Map.entry("Chrome", "Chrome"), Map.entry("Chrome Mobile", "Chrome"), Map.entry("Chrome Mobile iOS", "Chrome"),
            Map.entry("Chrome Mobile WebView", "Chrome"), Map.entry("HeadlessChrome", "Chrome"), Map.entry("Chromium", "Chromium"),
            Map.entry("Firefox", "Firefox"), Map.entry("Firefox Mobile", "Firefox"), Map.entry("Firefox iOS", "Firefox"),
            Map.entry("Safari", "Safari"), Map.entry("Mobile Safari", "Safari"), Map.entry("Mobile Safari UI/WKWebView", "Safari"),
            Map.entry("Edge", "Edge"), Map.entry("Edge Mobile", "Edge"),
            Map.entry("Opera", "Opera"), Map.entry("Opera Mobile", "Opera"), Map.entry("Opera Mini", "Opera"),
            Map.entry("Samsung Internet", "Samsung Internet"), Map.entry("UC Browser", "UC Browser"),
            Map.entry("IE", "Internet Explorer"), Map.entry("IE Mobile", "Internet Explorer"),
            Map.entry("Yandex Browser", "Yandex Browser"), Map.entry("Vivaldi", "Vivaldi"),
            Map.entry("MiuiBrowser", "Mi Browser"), Map.entry("Mi Browser", "Mi Browser"), Map.entry("Huawei Browser", "Huawei Browser"));

    /** ua-parser's operating-system families and the name members know. */
    private static final Map<String, String> SYSTEMS = Map.ofEntries(
            Map.entry("Windows", "Windows"), Map.entry("Windows 10", "Windows"), Map.entry("Windows 11", "Windows"),
            Map.entry("Windows 8.1", "Windows"), Map.entry("Windows 8", "Windows"), Map.entry("Windows 7", "Windows"),
            Map.entry("Windows Phone", "Windows Phone"),
            Map.entry("Mac OS X", "macOS"), Map.entry("Mac OS", "macOS"), Map.entry("iOS", "iOS"), Map.entry("iPadOS", "iPadOS"),
            Map.entry("Android", "Android"), Map.entry("HarmonyOS", "HarmonyOS"), Map.entry("Chrome OS", "ChromeOS"),
            Map.entry("Linux", "Linux"), Map.entry("Ubuntu", "Linux"), Map.entry("Fedora", "Linux"), Map.entry("Debian", "Linux"));

    /**
     * @param browser Keycloak's {@code DeviceRepresentation.getBrowser()}: the family, a slash and the version
     *                ({@code Chrome/120.0.6099}), or {@code Other}
     * @param os      its {@code getOs()}: the family, or {@code Other}
     */
    static DeviceLabel of(String browser, String os) {
        String family = browser == null ? null : browser.split("/", 2)[0];
        return new DeviceLabel(family == null ? null : BROWSERS.get(family), os == null ? null : SYSTEMS.get(os));
    }

    String messageKey() {
        if (browser != null) {
            return os != null ? BROWSER_ON_OS : BROWSER;
        }
        return os != null ? OS : UNKNOWN;
    }

    Object[] parameters() {
        return new Object[] {browser == null ? "" : browser, os == null ? "" : os};
    }
}
