package id.bpjstk.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentNamesTest {

    @Test
    void pathsAreCutToTheLastSegment() {
        assertEquals("ktp.pdf", DocumentService.safeFileName("C:\\Users\\made\\ktp.pdf", DocumentFormat.PDF));
        assertEquals("ktp.pdf", DocumentService.safeFileName("../../etc/ktp.pdf", DocumentFormat.PDF));
    }

    @Test
    void controlCharactersAndQuotesAreDropped() {
        assertEquals("kk scan.jpg", DocumentService.safeFileName("kk \"scan\".jpg", DocumentFormat.JPEG));
        assertEquals("kkscan.jpg", DocumentService.safeFileName("kk\r\nscan.jpg", DocumentFormat.JPEG));
        assertEquals("kartu.png", DocumentService.safeFileName("kar\u0000tu.png", DocumentFormat.PNG));
    }

    @Test
    void nothingLeftGivesANeutralName() {
        assertEquals("document.pdf", DocumentService.safeFileName(null, DocumentFormat.PDF));
        assertEquals("document.png", DocumentService.safeFileName("  ", DocumentFormat.PNG));
        assertEquals("document.jpg", DocumentService.safeFileName("uploads/..", DocumentFormat.JPEG));
    }

    @Test
    void longNamesAreCutAtTwoHundredCharacters() {
        assertEquals(200, DocumentService.safeFileName("a".repeat(300) + ".pdf", DocumentFormat.PDF).length());
    }

    @Test
    void indonesianAndOtherLettersStay() {
        assertEquals("Surat Keterangan Ahli Waris – Wirawan.pdf",
                DocumentService.safeFileName("Surat Keterangan Ahli Waris – Wirawan.pdf", DocumentFormat.PDF));
    }
}
