package id.bpjstk.claims.service;

/** A document's bytes as they were uploaded, with the detected media type and the SHA-256 (hex) of the bytes. */
public record DocumentFile(String fileName, String mediaType, String sha256, byte[] content) {

    @Override
    public String toString() {
        // never the content
        return "DocumentFile[fileName=" + fileName + ", mediaType=" + mediaType + ", size=" + content.length + "]";
    }
}
