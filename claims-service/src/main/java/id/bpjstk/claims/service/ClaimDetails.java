package id.bpjstk.claims.service;

import id.bpjstk.claims.persistence.Claim;
import id.bpjstk.claims.persistence.ClaimDocument;
import id.bpjstk.claims.persistence.StatusChange;
import id.bpjstk.claims.service.rules.ClaimReason;
import id.bpjstk.claims.service.rules.DocumentType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A claim as read in one transaction: the claim, its reason, its documents and its status history. */
public record ClaimDetails(Claim claim, ClaimReason reason, List<ClaimDocument> documents, List<StatusChange> history) {

    public ClaimDetails {
        documents = List.copyOf(documents);
        history = List.copyOf(history);
    }

    /** The required document types no uploaded document is of, in the order the reason lists them. */
    public List<DocumentType> missingDocuments() {
        Set<String> present = documents.stream().map(ClaimDocument::getType).collect(Collectors.toSet());
        return reason.requiredDocuments().stream().filter(type -> !present.contains(type.code())).toList();
    }
}
