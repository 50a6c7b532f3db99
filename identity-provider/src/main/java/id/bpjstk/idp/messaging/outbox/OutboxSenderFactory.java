package id.bpjstk.idp.messaging.outbox;

import java.nio.file.Path;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import id.bpjstk.idp.messaging.OtpSender;
import id.bpjstk.idp.messaging.OtpSenderFactory;

/**
 * The {@code outbox} SMS provider: SMS become lines of a JSON-lines file. Server setting {@code file}
 * ({@code --spi-otp-sender--outbox--file}, environment {@code KC_SPI_OTP_SENDER__OUTBOX__FILE}); by default
 * {@code <kc.home.dir>/data/outbox/sms.jsonl}.
 */
public class OutboxSenderFactory implements OtpSenderFactory {

    public static final String PROVIDER_ID = "outbox";
    public static final String FILE = "file";

    private static final Logger LOG = Logger.getLogger(OutboxSenderFactory.class);

    private OutboxSender sender;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public void init(Config.Scope config) {
        String configured = config.get(FILE);
        Path file = configured == null || configured.isBlank() ? defaultFile() : Path.of(configured);
        sender = new OutboxSender(file);
        LOG.debugf("SMS outbox file: %s", file.toAbsolutePath());
    }

    /** {@code <kc.home.dir>/data/outbox/sms.jsonl}, relative to the working directory when {@code kc.home.dir} is unset. */
    static Path defaultFile() {
        return Path.of(System.getProperty("kc.home.dir", "."), "data", "outbox", "sms.jsonl");
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public OtpSender create(KeycloakSession session) {
        return sender;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(FILE)
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("File the SMS outbox appends one JSON line per message to (it holds the codes: local run and "
                        + "tests only). Default: <kc.home.dir>/data/outbox/sms.jsonl")
                .add()
                .build();
    }

    @Override
    public void close() {
    }
}
