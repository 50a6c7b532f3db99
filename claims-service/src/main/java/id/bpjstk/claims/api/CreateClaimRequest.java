package id.bpjstk.claims.api;

import id.bpjstk.claims.service.Masks;
import id.bpjstk.claims.service.NewClaim;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateClaim")
public record CreateClaimRequest(
        @Schema(description = "Claim type: JHT, JP, JKK, JKM or JKP", examples = "JHT", required = true)
        @NotBlank(message = "is required") @Size(max = 10, message = "must be one of the claim type codes")
        String type,
        @Schema(description = "Why the benefit is due, one of the type's reasons (GET /api/claim-types)",
                examples = "JHT_RETIREMENT", required = true)
        @NotBlank(message = "is required") @Size(max = 40, message = "must be one of the type's reason codes")
        String reason,
        @Schema(description = "Bank the benefit is paid to", examples = "Bank Rakyat Indonesia", required = true)
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = "^[\\p{L}\\p{N} .,&()'/-]*$", message = "may contain letters, digits, spaces and . , & ( ) ' / -")
        String bankName,
        @Schema(description = "Account number: 6 to 20 digits, nothing else", examples = "0123456789", required = true)
        @NotNull(message = "is required") @Pattern(regexp = "^[0-9]{6,20}$", message = "must be 6 to 20 digits")
        String bankAccountNumber) {

    NewClaim toNewClaim() {
        return new NewClaim(type.strip(), reason.strip(), bankName, bankAccountNumber);
    }

    @Override
    public String toString() {
        return "CreateClaimRequest[type=" + type + ", reason=" + reason + ", bankAccountNumber="
                + Masks.bankAccount(bankAccountNumber) + "]";
    }
}
