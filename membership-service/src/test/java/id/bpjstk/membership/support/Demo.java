package id.bpjstk.membership.support;

/** The demo members the registry seeds (fictional people of the local run and the tests). */
public final class Demo {

    public static final String SITI = "11000000017";
    public static final String SITI_NIK = "3171015505900001";
    public static final String BUDI = "11000000025";
    public static final String DEWI = "11000000033";
    public static final String MADE = "11000000041";
    public static final String MADE_NIK = "5171010303700004";
    public static final String RINA = "11000000058";
    public static final String AGUS = "11000000066";

    private Demo() {
    }
}
