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

    static final String MADE_KPJ = "11000000041";
    static final String MADE_PASSWORD = "Rahasia!Made2026";

    static final String OFFICER = "officer01";
    static final String OFFICER_PASSWORD = "Rahasia!Officer2026";
    static final String OPERATOR = "operator01";
    static final String OPERATOR_PASSWORD = "Rahasia!Operator2026";

    private DemoAccounts() {
    }
}
