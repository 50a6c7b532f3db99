package id.bpjstk.membership.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactUpdate")
public record ContactUpdateRequest(
        @NotBlank @Size(max = 500)
        @Schema(maxLength = 500, examples = "Jl. Tebet Barat Dalam II No. 8, Jakarta Selatan 12810")
        String address,
        @NotBlank @Size(max = 254)
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a well-formed email address")
        @Schema(maxLength = 254, examples = "siti@example.test")
        String correspondenceEmail) {
}
