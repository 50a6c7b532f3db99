package id.bpjstk.claims.service.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimCatalogTest {

    private static final ClaimCatalog CATALOG = ClaimCatalog.load();

    @Test
    void theFiveProgrammesInOrder() {
        assertEquals(List.of("JHT", "JP", "JKK", "JKM", "JKP"), CATALOG.typeCodes());
    }

    @Test
    void eachTypeHasItsReasons() {
        assertEquals(List.of("JHT_RETIREMENT", "JHT_RESIGNATION"), CATALOG.type("JHT").orElseThrow().reasonCodes());
        assertEquals(List.of("JP_OLD_AGE"), CATALOG.type("JP").orElseThrow().reasonCodes());
        assertEquals(List.of("JKK_WORK_ACCIDENT"), CATALOG.type("JKK").orElseThrow().reasonCodes());
        assertEquals(List.of("JKM_DEATH"), CATALOG.type("JKM").orElseThrow().reasonCodes());
        assertEquals(List.of("JKP_JOB_LOSS"), CATALOG.type("JKP").orElseThrow().reasonCodes());
    }

    @Test
    void theLegalSourceOfEachProgrammeIsItsRegulation() {
        assertTrue(CATALOG.type("JHT").orElseThrow().legalSource().contains("PP 46/2015"));
        assertTrue(CATALOG.type("JP").orElseThrow().legalSource().contains("PP 45/2015"));
        assertTrue(CATALOG.type("JKK").orElseThrow().legalSource().contains("PP 44/2015"));
        assertTrue(CATALOG.type("JKM").orElseThrow().legalSource().contains("PP 44/2015"));
        assertTrue(CATALOG.type("JKP").orElseThrow().legalSource().contains("PP 37/2021"));
    }

    @Test
    void everyReasonNeedsDocumentsAndEveryRuleHasASource() {
        for (ClaimType type : CATALOG.types()) {
            for (ClaimReason reason : type.reasons()) {
                assertFalse(reason.requiredDocuments().isEmpty(), reason.code());
                assertFalse(reason.name().id().isBlank() || reason.name().en().isBlank(), reason.code());
                reason.rules().forEach(rule -> assertFalse(rule.source().isBlank(), reason.code()));
            }
        }
    }

    @Test
    void retirementNeedsTheIdentityCardFamilyCardAndMembershipCard() {
        assertEquals(List.of("KTP", "KK", "KARTU_PESERTA"),
                CATALOG.reason("JHT", "JHT_RETIREMENT").orElseThrow().requiredDocumentCodes());
        assertTrue(CATALOG.reason("JHT", "JHT_RESIGNATION").orElseThrow().requiredDocumentCodes()
                .contains("SURAT_KETERANGAN_BERHENTI"));
    }

    @Test
    void aReasonOfAnotherTypeIsNotFound() {
        assertTrue(CATALOG.reason("JP", "JHT_RETIREMENT").isEmpty());
        assertTrue(CATALOG.type("XYZ").isEmpty());
        assertTrue(CATALOG.type(null).isEmpty());
    }

    @Test
    void unknownRuleKindFailsTheLoad() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> read(catalog("{\"kind\":\"MOON_PHASE\",\"params\":{},\"source\":\"none\"}", "[\"KTP\"]")));
        assertTrue(e.getMessage().contains("MOON_PHASE"), e.getMessage());
    }

    @Test
    void missingParameterFailsTheLoad() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> read(catalog("{\"kind\":\"MIN_AGE\",\"params\":{},\"source\":\"PP 46/2015\"}", "[\"KTP\"]")));
        assertTrue(e.getMessage().contains("age"), e.getMessage());
    }

    @Test
    void ruleWithoutSourceFailsTheLoad() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> read(catalog("{\"kind\":\"MIN_AGE\",\"params\":{\"age\":56}}", "[\"KTP\"]")));
        assertTrue(e.getMessage().contains("source"), e.getMessage());
    }

    @Test
    void unknownDocumentTypeFailsTheLoad() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(
                catalog("{\"kind\":\"MIN_AGE\",\"params\":{\"age\":56},\"source\":\"PP 46/2015\"}", "[\"PASSPORT\"]")));
        assertTrue(e.getMessage().contains("PASSPORT"), e.getMessage());
    }

    @Test
    void aWellFormedMinimalCatalogLoads() throws Exception {
        ClaimCatalog catalog = ClaimCatalog.read(new ByteArrayInputStream(
                catalog("{\"kind\":\"MIN_AGE\",\"params\":{\"age\":56},\"source\":\"PP 46/2015\"}", "[\"KTP\"]")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("JHT"), catalog.typeCodes());
    }

    private static void read(String json) {
        try {
            ClaimCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String catalog(String rule, String documents) {
        return "{\"documentTypes\":[{\"code\":\"KTP\",\"name\":{\"id\":\"KTP\",\"en\":\"ID card\"}}],"
                + "\"claimTypes\":[{\"code\":\"JHT\",\"name\":{\"id\":\"JHT\",\"en\":\"JHT\"},\"legalSource\":\"PP 46/2015\","
                + "\"reasons\":[{\"code\":\"R\",\"name\":{\"id\":\"r\",\"en\":\"r\"},\"requiredDocuments\":" + documents
                + ",\"rules\":[" + rule + "]}]}]}";
    }
}
