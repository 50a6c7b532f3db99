package id.bpjstk.portal.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.qute.TemplateData;

/** One claim with its documents and its status history, oldest first ({@code GET /api/claims/{id}}). */
public record Claim(
        UUID id,
        String membershipNumber,
        String type,
        String reason,
        String status,
        String bankName,
        String bankAccountNumber,
        Eligibility eligibility,
        List<DocumentType> requiredDocuments,
        List<DocumentType> missingDocuments,
        List<Document> documents,
        List<StatusChange> history,
        String decisionReason,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** A document as uploaded: its type, name, detected content type and size. */
    public record Document(UUID id, String type, String fileName, String contentType, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
    }

    /** One step of the history: {@code from} is null for the claim's creation; {@code role} MEMBER or OFFICER. */
    @TemplateData
    public record StatusChange(String from, String to, String by, String role, Instant at, String reason) {

        public boolean byOfficer() {
            return "OFFICER".equals(role);
        }
    }

    public Optional<Document> document(String documentId) {
        return documents.stream().filter(document -> document.id().toString().equals(documentId)).findFirst();
    }

    /** The name of one of the reason's document types, or the code when the reason does not list it. */
    public Optional<DocumentType> documentType(String code) {
        return requiredDocuments.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** Bytes all of the claim's documents take together. */
    public long documentBytes() {
        return documents.stream().mapToLong(Document::sizeBytes).sum();
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    /** A member may withdraw a claim before an officer has verified or decided it. */
    public boolean cancellable() {
        return "DRAFT".equals(status) || "SUBMITTED".equals(status);
    }

    @Override
    public String toString() {
        return "Claim[" + id + ", " + type + ", " + status + "]";
    }
}
