package id.bpjstk.portal;

/** The member the portal's tests sign in as (with {@code @TestSecurity} + {@code @OidcSecurity}). */
public final class SignedInMember {

    public static final String KPJ = "11000000017";
    public static final String SUBJECT = "7c1d6e52-1f0e-4c44-9f4a-2f1d0d9d0001";

    /** membership-service's answers for her. */
    public static final String PROFILE = """
            {"membershipNumber":"11000000017","name":"Siti Rahmawati","birthDate":"1990-05-15","sex":"FEMALE",
             "participantCategory":"PU","status":"ACTIVE","employer":"PT Contoh Jaya","phoneNumber":"+6281200000001",
             "email":"siti@example.test","address":"Jl. Contoh 1","correspondenceEmail":"siti@example.test",
             "nikMasked":"3171********0001","registeredSince":"2023-01-01"}""";
    public static final String BALANCES = """
            {"asOf":"2026-10-31","currency":"IDR","jht":{"contributions":25034400,"investmentReturns":1738717,"total":26773117},
             "jp":{"contributions":13100220,"contributionMonths":46,"estimatedMonthlyBenefit":363895}}""";
    public static final String LATEST = """
            {"from":"2023-01","to":"2026-10","page":0,"size":1,"totalItems":46,"totalPages":46,
             "items":[{"period":"2026-10","wage":9000000,"programmes":[{"programme":"JHT","employer":333000,"employee":180000,"total":513000}],"total":990342}]}""";
    public static final String NO_CLAIMS = "{\"items\":[]}";

    private SignedInMember() {
    }

    /** Stubs every call of the home page with her data. */
    public static void stubHomePage() {
        ServiceStubs.answer("GET", "/api/members/me", 200, PROFILE);
        ServiceStubs.answer("GET", "/api/members/me/balances", 200, BALANCES);
        ServiceStubs.answer("GET", "/api/members/me/contributions", 200, LATEST);
        ServiceStubs.answer("GET", "/api/claims", 200, NO_CLAIMS);
    }
}
