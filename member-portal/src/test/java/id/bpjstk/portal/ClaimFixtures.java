package id.bpjstk.portal;

/** claims-service's answers for the signed-in member's claims, as the portal's tests stub them. */
public final class ClaimFixtures {

    public static final String CLAIM_ID = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    public static final String DOCUMENT_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    /** Two types: JHT (retirement not yet, so nothing to file) and JKK (filed on an incident report). */
    public static final String CLAIM_TYPES = """
            {"asOf":"2026-11-21","claimTypes":[
             {"code":"JHT","name":{"id":"Jaminan Hari Tua","en":"Old-age savings"},"legalSource":"PP 46/2015","eligible":false,
              "reasons":[{"code":"JHT_RETIREMENT","name":{"id":"Mencapai usia pensiun (56 tahun)","en":"Retirement age (56)"},
                "requiredDocuments":[{"code":"KTP","name":{"id":"Kartu Tanda Penduduk (KTP)","en":"Identity card (KTP)"}}],
                "eligibility":{"eligible":false,"canFile":false,"outcome":"NOT_ELIGIBLE",
                  "reason":{"id":"Anda berusia 36 tahun; JHT dapat diklaim pada usia 56 tahun.","en":"You are 36; JHT can be claimed at 56."},
                  "source":"PP 46/2015 Pasal 26"}}]},
             {"code":"JKK","name":{"id":"Jaminan Kecelakaan Kerja","en":"Work-accident benefit"},"legalSource":"PP 44/2015","eligible":false,
              "reasons":[{"code":"JKK_WORK_ACCIDENT","name":{"id":"Kecelakaan kerja","en":"Work accident"},
                "requiredDocuments":[{"code":"KTP","name":{"id":"Kartu Tanda Penduduk (KTP)","en":"Identity card (KTP)"}},
                  {"code":"LAPORAN_KECELAKAAN_KERJA","name":{"id":"Laporan kecelakaan kerja","en":"Work-accident report"}}],
                "eligibility":{"eligible":false,"canFile":true,"outcome":"NEEDS_INCIDENT_REPORT",
                  "reason":{"id":"Memerlukan laporan kejadian.","en":"Needs an incident report."},"source":"PP 44/2015"}}]}]}""";

    public static final String NO_CLAIMS = "{\"items\":[]}";

    public static String myClaims(String status) {
        return "{\"items\":[{\"id\":\"" + CLAIM_ID + "\",\"membershipNumber\":\"11000000017\",\"type\":\"JKK\","
                + "\"reason\":\"JKK_WORK_ACCIDENT\",\"status\":\"" + status + "\",\"createdAt\":\"2026-11-20T03:00:00Z\","
                + "\"updatedAt\":\"2026-11-20T04:00:00Z\"}]}";
    }

    /** Her JKK claim in {@code status}, with the KTP uploaded and the accident report still missing. */
    public static String claim(String status, long version) {
        return """
                {"id":"%s","membershipNumber":"11000000017","type":"JKK","reason":"JKK_WORK_ACCIDENT","status":"%s",
                 "bankName":"Bank Rakyat Indonesia","bankAccountNumber":"0123456789",
                 "eligibility":{"eligible":false,"canFile":true,"outcome":"NEEDS_INCIDENT_REPORT",
                   "reason":{"id":"Memerlukan laporan kejadian.","en":"Needs an incident report."},"source":"PP 44/2015"},
                 "requiredDocuments":[{"code":"KTP","name":{"id":"Kartu Tanda Penduduk (KTP)","en":"Identity card (KTP)"}},
                   {"code":"LAPORAN_KECELAKAAN_KERJA","name":{"id":"Laporan kecelakaan kerja","en":"Work-accident report"}}],
                 "missingDocuments":[{"code":"LAPORAN_KECELAKAAN_KERJA","name":{"id":"Laporan kecelakaan kerja","en":"Work-accident report"}}],
                 "documents":[{"id":"%s","type":"KTP","fileName":"ktp.pdf","contentType":"application/pdf","sizeBytes":2048,
                   "sha256":"00","uploadedBy":"11000000017","uploadedAt":"2026-11-20T03:30:00Z"}],
                 "history":[{"from":null,"to":"DRAFT","by":"11000000017","role":"MEMBER","at":"2026-11-20T03:00:00Z","reason":null}],
                 "decisionReason":null,"createdAt":"2026-11-20T03:00:00Z","updatedAt":"2026-11-20T04:00:00Z","version":%d}"""
                .formatted(CLAIM_ID, status, DOCUMENT_ID, version);
    }

    public static String error(String code) {
        return "{\"code\":\"" + code + "\",\"message\":\"stubbed\"}";
    }

    /** The RFC 9470 challenge claims-service answers an operation that needs a fresh level 2 with. */
    public static final java.util.Map<String, String> STEP_UP = java.util.Map.of("WWW-Authenticate",
            "Bearer error=\"insufficient_user_authentication\", acr_values=\"2\", max_age=1800");

    private ClaimFixtures() {
    }
}
