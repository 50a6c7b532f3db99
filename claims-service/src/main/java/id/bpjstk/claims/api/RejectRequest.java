package id.bpjstk.claims.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reject")
public record RejectRequest(
        @Schema(description = "Why the claim is refused; shown to the member", required = true,
                examples = "Kartu Keluarga tidak terbaca / the family card is illegible")
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
        String reason) {
}
