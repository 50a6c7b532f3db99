package id.bpjstk.systemtest.support;

import java.nio.charset.StandardCharsets;

/** Files a member uploads with a claim. */
public final class Documents {

    private Documents() {
    }

    /** The smallest PDF claims-service takes (it checks the content, not the name), carrying {@code text}. */
    public static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n% " + text + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}
