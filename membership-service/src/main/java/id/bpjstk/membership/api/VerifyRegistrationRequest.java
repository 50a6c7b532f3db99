package id.bpjstk.membership.api;

import id.bpjstk.member.Kpj;
import id.bpjstk.member.Masking;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistrationCheck")
public record VerifyRegistrationRequest(
        @NotNull @Pattern(regexp = Kpj.PATTERN, message = "must be 11 digits")
        @Schema(examples = "11000000017") String membershipNumber,
        @NotNull @Pattern(regexp = "^[0-9]{16}$", message = "must be 16 digits")
        @Schema(examples = "3171015505900001") String nik,
        @NotNull @Schema(examples = "1990-05-15") LocalDate birthDate) {

    @Override
    public String toString() {
        // never the NIK, and the KPJ masked
        return "VerifyRegistrationRequest[membershipNumber=" + Masking.kpj(membershipNumber) + "]";
    }
}
