package id.bpjstk.claims.service;

import id.bpjstk.claims.persistence.Claim;
import java.util.List;

/** One page of the officers' queue. */
public record QueuePage(List<Claim> items, int page, int size, long totalItems, long totalPages) {
}
