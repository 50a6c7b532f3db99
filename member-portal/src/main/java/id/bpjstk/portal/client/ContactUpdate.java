package id.bpjstk.portal.client;

/** The body of {@code PUT /api/members/me/contact}: the only registry data a member changes herself. */
public record ContactUpdate(String address, String correspondenceEmail) {
}
