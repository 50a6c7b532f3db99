package id.bpjstk.claims.api;

import id.bpjstk.claims.service.DocumentFile;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** A document as a download: the stored bytes, unchanged, with the detected type and an attachment name. */
final class Downloads {

    static final String[] MEDIA_TYPES = { "application/pdf", "image/jpeg", "image/png" };

    private Downloads() {
    }

    static Response of(DocumentFile file) {
        return Response.ok(file.content(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                .header(HttpHeaders.CONTENT_LENGTH, file.content().length)
                // RFC 9530: the client can check what it received against the checksum taken at upload
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(file.sha256())) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266). */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
