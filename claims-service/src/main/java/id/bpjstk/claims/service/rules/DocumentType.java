package id.bpjstk.claims.service.rules;

/** A kind of supporting document (KTP, KK, ...). */
public record DocumentType(String code, LocalizedText name) {
}
