package id.bpjstk.portal.client;

/** The body of {@code POST /api/officer/claims/{id}/reject}: why, shown to the member. */
public record Rejection(String reason) {
}
