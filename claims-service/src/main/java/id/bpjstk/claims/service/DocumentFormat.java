package id.bpjstk.claims.service;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats a document may have, recognised by their first bytes (magic numbers), never by
 * the file name or the Content-Type the client sent.
 */
public enum DocumentFormat {
    PDF("application/pdf", "pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    DocumentFormat(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format the content starts like, if it is one of ours. */
    public static Optional<DocumentFormat> detect(byte[] content) {
        return Arrays.stream(values())
                .filter(format -> content.length > format.magic.length
                        && Arrays.equals(content, 0, format.magic.length, format.magic, 0, format.magic.length))
                .findFirst();
    }
}
