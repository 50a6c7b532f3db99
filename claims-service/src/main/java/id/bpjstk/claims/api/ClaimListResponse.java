package id.bpjstk.claims.api;

import id.bpjstk.claims.persistence.Claim;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimList", description = "The member's own claims, newest first.")
public record ClaimListResponse(List<ClaimSummaryResponse> items) {

    public static ClaimListResponse from(List<Claim> claims) {
        return new ClaimListResponse(claims.stream().map(ClaimSummaryResponse::from).toList());
    }
}
