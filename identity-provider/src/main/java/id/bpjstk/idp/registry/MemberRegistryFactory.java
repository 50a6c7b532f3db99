package id.bpjstk.idp.registry;

import org.keycloak.provider.ProviderFactory;

public interface MemberRegistryFactory extends ProviderFactory<MemberRegistry> {
}
