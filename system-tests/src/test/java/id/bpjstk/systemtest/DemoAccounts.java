package id.bpjstk.systemtest;

/** The product's demo accounts, seeded in the local run and the tests. */
final class DemoAccounts {

    static final String SITI_KPJ = "11000000017";
    static final String SITI_NIK = "3171015505900001";
    static final String SITI_EMAIL = "siti@example.test";
    static final String SITI_PASSWORD = "Rahasia!Siti2026";

    static final String BUDI_KPJ = "11000000025";
    static final String BUDI_NIK = "3273011208850002";
    static final String BUDI_BIRTH_DATE = "1985-08-12";

    /** Registry members without an account, for registration tests and trials. */
    static final String RINA_KPJ = "11000000058";
    static final String RINA_NIK = "3174015807880005";
    static final String RINA_BIRTH_DATE = "1988-07-18";
    static final String RINA_PHONE = "+6281200000005";
    static final String RINA_EMAIL = "rina@example.test";
    static final String AGUS_KPJ = "11000000066";

    static final String MADE_KPJ = "11000000041";
    static final String MADE_PASSWORD = "Rahasia!Made2026";

    static final String OFFICER = "officer01";
    static final String OFFICER_PASSWORD = "Rahasia!Officer2026";
    static final String OPERATOR = "operator01";
    static final String OPERATOR_PASSWORD = "Rahasia!Operator2026";

    private DemoAccounts() {
    }
}
