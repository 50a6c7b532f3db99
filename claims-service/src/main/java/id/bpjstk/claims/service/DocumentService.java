package id.bpjstk.claims.service;

import id.bpjstk.claims.config.ClaimsConfig;
import id.bpjstk.claims.persistence.Claim;
import id.bpjstk.claims.persistence.ClaimDocument;
import id.bpjstk.claims.persistence.ClaimDocumentRepository;
import id.bpjstk.claims.persistence.ClaimRepository;
import id.bpjstk.claims.persistence.ClaimStatus;
import id.bpjstk.claims.persistence.DocumentContent;
import id.bpjstk.claims.persistence.DocumentContentRepository;
import id.bpjstk.claims.service.rules.ClaimReason;
import id.bpjstk.service.api.InvalidRequestException;
import id.bpjstk.service.api.PayloadTooLargeException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A claim's supporting documents. Stored in PostgreSQL with the claim (see V1__create_claims.sql:
 * transactional, nothing half-written), with a SHA-256 taken at upload and checked on every
 * download, so that what is handed back is byte for byte what was uploaded.
 */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);

    private final ClaimRepository claims;
    private final ClaimDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final ClaimService claimService;
    private final ClaimsConfig config;
    private final MeterRegistry meters;

    DocumentService(ClaimRepository claims, ClaimDocumentRepository documents, DocumentContentRepository contents,
            ClaimService claimService, ClaimsConfig config, MeterRegistry meters) {
        this.claims = claims;
        this.documents = documents;
        this.contents = contents;
        this.claimService = claimService;
        this.config = config;
        this.meters = meters;
    }

    /**
     * Adds a document to the member's DRAFT claim. The claim's row is locked meanwhile, so that two
     * uploads at once cannot together pass the cap per claim, and the claim gets a new version, so
     * that a submission racing the upload is refused rather than submitting what it did not check.
     *
     * @param file the uploaded file as the HTTP layer stored it; read here, never kept
     */
    @Transactional
    public ClaimDocument upload(UUID claimId, Actor member, String type, String fileName, Path file) {
        Claim claim = claims.findOwnedForUpdate(claimId, member.membershipNumber())
                .orElseThrow(ClaimNotFoundException::new);
        if (claim.getStatus() != ClaimStatus.DRAFT) {
            throw new ClaimNotEditableException(claim.getStatus());
        }
        ClaimReason reason = claimService.reasonOf(claim);
        if (!reason.requiredDocumentCodes().contains(type)) {
            throw new InvalidRequestException("type", "must be one of " + String.join(", ",
                    reason.requiredDocumentCodes()) + " for a " + claim.getReason() + " claim");
        }
        long size = sizeOf(file);
        long maxFile = config.documents().maxFileBytes();
        if (size > maxFile) {
            throw new PayloadTooLargeException("document_too_large", "A document may be at most " + maxFile + " bytes ("
                    + mebibytes(maxFile) + "); this one is " + size + " bytes");
        }
        if (size == 0) {
            throw new InvalidRequestException("file", "must not be empty");
        }
        byte[] content = read(file);
        DocumentFormat format = DocumentFormat.detect(content).orElseThrow(() -> {
            meters.counter("claims.documents.refused", "why", "content").increment();
            return new UnsupportedDocumentException();
        });
        long maxTotal = config.documents().maxTotalBytes();
        long total = documents.totalBytes(claim) + content.length;
        if (total > maxTotal) {
            throw new PayloadTooLargeException("claim_documents_too_large", "A claim's documents may add up to at most "
                    + maxTotal + " bytes (" + mebibytes(maxTotal) + "); with this one they would be " + total);
        }
        UUID id = UUID.randomUUID();
        ClaimDocument document = new ClaimDocument(id, claim, type, safeFileName(fileName, format),
                format.mediaType(), content.length, Hashes.sha256(content), member.username(), claimService.now());
        documents.persist(document);
        contents.persist(new DocumentContent(id, content));
        claim.touch(document.getUploadedAt());
        documents.flush();
        meters.counter("claims.documents.uploaded", "format", format.name()).increment();
        LOG.infof("Claim %s: %s document %s uploaded by %s (%d bytes, %s)", claimId, type, id, member.forLog(),
                content.length, format.mediaType());
        return document;
    }

    /** A document's bytes, checked against the checksum taken at upload. */
    @Transactional
    public DocumentFile download(UUID claimId, UUID documentId, Actor actor) {
        Claim claim = claimService.find(claimId, actor);
        ClaimDocument document = documents.findByIdAndClaim(documentId, claim)
                .orElseThrow(DocumentNotFoundException::new);
        byte[] content = contents.findByIdOptional(documentId).map(DocumentContent::getContent).orElse(null);
        if (content == null || content.length != document.getSizeBytes()
                || !Hashes.sha256(content).equals(document.getSha256())) {
            LOG.errorf("Claim %s: document %s does not match its checksum; not handed out", claimId, documentId);
            throw new DocumentIntegrityException();
        }
        LOG.infof("Claim %s: document %s downloaded by %s (%s)", claimId, documentId, actor.forLog(), actor.role());
        return new DocumentFile(document.getFileName(), document.getContentType(), document.getSha256(), content);
    }

    /** Removes a document from the member's DRAFT claim (a wrong file, say). */
    @Transactional
    public void delete(UUID claimId, UUID documentId, Actor member) {
        Claim claim = claims.findOwnedForUpdate(claimId, member.membershipNumber())
                .orElseThrow(ClaimNotFoundException::new);
        ClaimDocument document = documents.findByIdAndClaim(documentId, claim)
                .orElseThrow(DocumentNotFoundException::new);
        if (claim.getStatus() != ClaimStatus.DRAFT) {
            throw new ClaimNotEditableException(claim.getStatus());
        }
        contents.deleteById(documentId);
        documents.delete(document);
        claim.touch(claimService.now());
        documents.flush();
        LOG.infof("Claim %s: document %s removed by %s", claimId, documentId, member.forLog());
    }

    /**
     * The name to keep and hand back: the last path segment, without control characters or quotes,
     * at most 200 characters; a neutral name when nothing is left.
     */
    static String safeFileName(String name, DocumentFormat format) {
        String base = name == null ? "" : name;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = base.replaceAll("[\\p{Cntrl}\"\\p{Zl}\\p{Zp}]", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "document." + format.extension();
        }
        if (base.length() > 200) {
            int cut = Character.isHighSurrogate(base.charAt(199)) ? 199 : 200;
            base = base.substring(0, cut);
        }
        return base;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file cannot be read", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file cannot be read", e);
        }
    }

    private static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
