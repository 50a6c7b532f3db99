package id.bpjstk.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a downloaded document is named to the browser. */
final class Attachments {

    private Attachments() {
    }

    /**
     * {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266): an attachment, never shown
     * inline in the portal's origin, under a name no header injection or path survives.
     */
    static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "dokumen" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
