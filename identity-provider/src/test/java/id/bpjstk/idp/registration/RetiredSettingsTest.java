package id.bpjstk.idp.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;

import id.bpjstk.idp.registry.MembershipServiceRegistryFactory;
import id.bpjstk.idp.support.MapConfigScope;

class RetiredSettingsTest {

    @Test
    void anOldNikKeyStopsTheServerAndTheMessageNamesTheNewSettingButNotTheValue() {
        MemberRegistration formAction = new MemberRegistration();
        assertThatThrownBy(() -> formAction.init(new MapConfigScope(Map.of("nik-hash-key", "the-old-key-value"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--spi-form-action--bpjstk-member-registration--nik-hash-key")
                .hasMessageContaining("KC_SPI_FORM_ACTION__BPJSTK_MEMBER_REGISTRATION__NIK_HASH_KEY")
                .hasMessageContaining("--spi-member-registry--membership-service--nik-hash-key")
                .hasMessageContaining("KC_SPI_MEMBER_REGISTRY__MEMBERSHIP_SERVICE__NIK_HASH_KEY")
                .message().doesNotContain("the-old-key-value");
    }

    @Test
    void everyOldRegistrySettingIsNamedWithItsNewName() {
        assertThatThrownBy(() -> new MemberRegistration().init(new MapConfigScope(Map.of(
                "registry-url", "http://elsewhere", "registry-client-secret", "s", "registry-token-url", "http://kc/token"))))
                .hasMessageContaining("KC_SPI_MEMBER_REGISTRY__MEMBERSHIP_SERVICE__URL")
                .hasMessageContaining("KC_SPI_MEMBER_REGISTRY__MEMBERSHIP_SERVICE__CLIENT_SECRET")
                .hasMessageContaining("--spi-member-registry--membership-service--token-url");
    }

    @Test
    void withoutOldSettingsTheFormActionStarts() {
        assertThatCode(() -> new MemberRegistration().init(new MapConfigScope(Map.of()))).doesNotThrowAnyException();
    }

    @Test
    void everyNewNameIsASettingOfTheRegistryProvider() {
        assertThat(new MembershipServiceRegistryFactory().getConfigMetadata()).extracting(ProviderConfigProperty::getName)
                .containsAll(RetiredSettings.MOVED.values());
    }
}
