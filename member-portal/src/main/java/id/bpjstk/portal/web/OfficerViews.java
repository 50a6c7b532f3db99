package id.bpjstk.portal.web;

import java.util.Arrays;
import java.util.List;

import id.bpjstk.portal.client.Claim;
import id.bpjstk.portal.client.ClaimPage;
import id.bpjstk.portal.client.DocumentType;
import id.bpjstk.portal.client.LocalizedText;

/** What the officers' workspace shows. */
public final class OfficerViews {

    private OfficerViews() {
    }

    /** {@code /officer}: the filter (with messages at its fields) and one page of the queue. */
    public record Queue(QueueFilter filter, FormErrors errors, ClaimPage results) {

        public List<String> statuses() {
            return QueueFilter.STATUSES;
        }

        public List<String> types() {
            return QueueFilter.TYPES;
        }

        public boolean hasPrevious() {
            return filter.page() > 1;
        }

        public boolean hasNext() {
            return filter.page() < results.totalPages();
        }

        public String previousUrl() {
            return filter.pageUrl(filter.page() - 1);
        }

        public String nextUrl() {
            return filter.pageUrl(filter.page() + 1);
        }

        /** At least 1, so that an empty queue reads "page 1 of 1". */
        public long pages() {
            return Math.max(1, results.totalPages());
        }
    }

    /**
     * {@code /officer/claims/{id}}: the claim with its documents and history, the decisions its status allows, and
     * what the last decision answered. {@code reason} is the rejection reason to show in its field.
     */
    public record Detail(Claim claim, FormErrors errors, String notice, String alert, String reason, boolean resumed) {

        /** The decisions the claim's status allows, in the order an officer takes them. */
        public List<String> decisions() {
            return Arrays.stream(Decision.values()).filter(d -> d.allowedFrom(claim.status())).map(Decision::action).toList();
        }

        public boolean allows(String action) {
            return Decision.of(action).map(d -> d.allowedFrom(claim.status())).orElse(false);
        }

        public LocalizedText documentName(String code) {
            return claim.documentType(code).map(DocumentType::name).orElse(new LocalizedText(code, code));
        }
    }
}
