package id.bpjstk.claims.service;

/** A stored document no longer matches the checksum taken at upload: it is not handed out (500). */
public class DocumentIntegrityException extends RuntimeException {

    public DocumentIntegrityException() {
        super("The stored document failed its integrity check");
    }
}
