package id.bpjstk.claims.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Document contents for the tests: real magic numbers, deterministic filler after them. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A file that starts like a PDF, {@code size} bytes long. */
    public static byte[] pdf(int size) {
        return withHeader("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1), size, 1);
    }

    public static byte[] pdf() {
        return pdf(20_000);
    }

    /** A file that starts like a JPEG (JFIF), {@code size} bytes long. */
    public static byte[] jpeg(int size) {
        return withHeader(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I',
            'F', 0x00 }, size, 2);
    }

    /** A file that starts like a PNG, {@code size} bytes long. */
    public static byte[] png(int size) {
        return withHeader(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R' }, size, 3);
    }

    /** Plain text, whatever name it is given. */
    public static byte[] text() {
        return "Ini bukan PDF. This is not a PDF, just text renamed to .pdf\n".repeat(50)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withHeader(byte[] header, int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed + size).nextBytes(content);
        System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
        return Arrays.copyOf(content, size);
    }
}
