package id.bpjstk.claims.api;

import id.bpjstk.claims.persistence.ClaimDocument;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Document")
public record DocumentResponse(
        UUID id,
        @Schema(examples = "KTP") String type,
        @Schema(examples = "ktp-made.pdf") String fileName,
        @Schema(description = "Detected from the content", examples = "application/pdf") String contentType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the content, hex") String sha256,
        @Schema(description = "Username of the uploader", examples = "11000000041") String uploadedBy,
        Instant uploadedAt) {

    public static DocumentResponse from(ClaimDocument document) {
        return new DocumentResponse(document.getId(), document.getType(), document.getFileName(),
                document.getContentType(), document.getSizeBytes(), document.getSha256(), document.getUploadedBy(),
                document.getUploadedAt());
    }
}
