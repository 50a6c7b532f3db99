package id.bpjstk.portal.client;

/** A kind of supporting document a claim's reason requires ({@code KTP}, {@code KK}, ...). */
public record DocumentType(String code, LocalizedText name) {
}
