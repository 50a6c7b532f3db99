package id.bpjstk.claims.service;

import id.bpjstk.claims.service.rules.DocumentType;
import java.util.List;
import java.util.stream.Collectors;

/** A claim is submitted only with a document of every required type. */
public class DocumentsMissingException extends ClaimConflictException {

    private final List<DocumentType> missing;

    public DocumentsMissingException(List<DocumentType> missing) {
        super("documents_missing", "Upload the required documents before submitting: "
                + missing.stream().map(DocumentType::code).collect(Collectors.joining(", ")));
        this.missing = List.copyOf(missing);
    }

    public List<DocumentType> missing() {
        return missing;
    }
}
