package id.bpjstk.claims.service.rules;

import java.util.List;
import java.util.Optional;

/** A benefit programme a claim can be made under (JHT, JP, JKK, JKM, JKP) and its reasons. */
public record ClaimType(String code, LocalizedText name, String legalSource, List<ClaimReason> reasons) {

    public ClaimType {
        reasons = List.copyOf(reasons);
    }

    public Optional<ClaimReason> reason(String reasonCode) {
        return reasons.stream().filter(r -> r.code().equals(reasonCode)).findFirst();
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(ClaimReason::code).toList();
    }
}
