package id.bpjstk.claims.service;

/** The claim has no document with that id (404). */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException() {
        super("No such document on this claim");
    }
}
