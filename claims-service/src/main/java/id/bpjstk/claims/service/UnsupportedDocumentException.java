package id.bpjstk.claims.service;

/** The uploaded bytes are not a PDF, a JPEG or a PNG, whatever their name says (415). */
public class UnsupportedDocumentException extends RuntimeException {

    public UnsupportedDocumentException() {
        super("The file is not a PDF, JPEG or PNG document (checked by its content, not its name)");
    }
}
