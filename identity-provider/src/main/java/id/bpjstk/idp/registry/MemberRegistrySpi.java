package id.bpjstk.idp.registry;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Our own SPI for the member registry, with one provider, {@code membership-service}. Its server settings are
 * {@code --spi-member-registry--membership-service--<key>} (environment
 * {@code KC_SPI_MEMBER_REGISTRY__MEMBERSHIP_SERVICE__<KEY>}); the only provider is the default one.
 */
public class MemberRegistrySpi implements Spi {

    public static final String NAME = "member-registry";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return MemberRegistry.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return MemberRegistryFactory.class;
    }
}
