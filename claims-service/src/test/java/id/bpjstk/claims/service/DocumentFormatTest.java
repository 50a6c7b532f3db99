package id.bpjstk.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.bpjstk.claims.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    @Test
    void pdfJpegAndPngAreRecognisedByTheirFirstBytes() {
        assertEquals(Optional.of(DocumentFormat.PDF), DocumentFormat.detect(TestFiles.pdf(100)));
        assertEquals(Optional.of(DocumentFormat.JPEG), DocumentFormat.detect(TestFiles.jpeg(100)));
        assertEquals(Optional.of(DocumentFormat.PNG), DocumentFormat.detect(TestFiles.png(100)));
    }

    @Test
    void textIsNotADocumentWhateverItsName() {
        assertEquals(Optional.empty(), DocumentFormat.detect(TestFiles.text()));
    }

    @Test
    void pdfMarkerAfterTheFirstByteDoesNotCount() {
        assertEquals(Optional.empty(), DocumentFormat.detect(" %PDF-1.7 padding".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aFileThatIsOnlyTheMagicNumberIsNotADocument() {
        assertEquals(Optional.empty(), DocumentFormat.detect("%PDF-".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), DocumentFormat.detect(new byte[0]));
    }

    @Test
    void otherImageFormatsAreRefused() {
        assertEquals(Optional.empty(), DocumentFormat.detect("GIF89a.........".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), DocumentFormat.detect("PK\u0003\u0004 a zip or docx".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void mediaTypesAreTheRegisteredOnes() {
        assertEquals("application/pdf", DocumentFormat.PDF.mediaType());
        assertEquals("image/jpeg", DocumentFormat.JPEG.mediaType());
        assertEquals("image/png", DocumentFormat.PNG.mediaType());
    }
}
