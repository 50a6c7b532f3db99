package id.bpjstk.claims.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The bytes of a {@link ClaimDocument}, stored in PostgreSQL (bytea) in the same transaction as the
 * document's record: an upload is all there or not at all.
 */
@Entity
@Table(name = "document_contents")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {
        // for JPA
    }

    public DocumentContent(UUID documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public byte[] getContent() {
        return content;
    }

    @Override
    public String toString() {
        // never the content
        return "DocumentContent[documentId=" + documentId + "]";
    }
}
