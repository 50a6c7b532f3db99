package id.bpjstk.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The officers' queue filter as typed in the address or chosen in the form: a status, a claim type (both optional: no
 * status means every status but DRAFT) and a page counted from 1. A value the queue does not know is reported at its
 * field and not sent to claims-service.
 */
public record QueueFilter(String status, String type, int page, List<String> invalid) {

    public static final List<String> STATUSES = List.of("SUBMITTED", "VERIFIED", "APPROVED", "PAID", "REJECTED", "CANCELLED",
            "DRAFT");
    public static final List<String> TYPES = List.of("JHT", "JP", "JKK", "JKM", "JKP");
    public static final int PAGE_SIZE = 20;
    private static final Pattern PAGE = Pattern.compile("^[1-9][0-9]{0,5}$");

    public static QueueFilter parse(String status, String type, String page) {
        List<String> invalid = new java.util.ArrayList<>();
        String s = status == null ? "" : status.strip();
        if (!s.isEmpty() && !STATUSES.contains(s)) {
            invalid.add("status");
            s = "";
        }
        String t = type == null ? "" : type.strip();
        if (!t.isEmpty() && !TYPES.contains(t)) {
            invalid.add("type");
            t = "";
        }
        int p = 1;
        if (page != null && !page.isBlank()) {
            if (PAGE.matcher(page.strip()).matches()) {
                p = Integer.parseInt(page.strip());
            } else {
                invalid.add("page");
            }
        }
        return new QueueFilter(s, t, p, List.copyOf(invalid));
    }

    /** The status for claims-service, or null for its default (every status but DRAFT). */
    public String serviceStatus() {
        return status.isEmpty() ? null : status;
    }

    public String serviceType() {
        return type.isEmpty() ? null : type;
    }

    /** claims-service counts pages from 0. */
    public int servicePage() {
        return page - 1;
    }

    /** This filter on page {@code n}, as a link of the queue. */
    public String pageUrl(int n) {
        StringBuilder url = new StringBuilder("/officer?");
        if (!status.isEmpty()) {
            url.append("status=").append(encode(status)).append('&');
        }
        if (!type.isEmpty()) {
            url.append("type=").append(encode(type)).append('&');
        }
        return url.append("page=").append(n).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
