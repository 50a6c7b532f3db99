package id.bpjstk.idp.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.bpjstk.idp.registry.MemberRegistry;

class RegistryPhoneTest {

    private static MemberRegistry.Match registryHolds(String phone) {
        return new MemberRegistry.Match("Rina Kartika", "rina@example.test", phone, "PU");
    }

    @Test
    void theRegistrysNumberIsAccepted() {
        assertThat(RegistryPhone.isOnRecord(registryHolds("+6281200000005"), "+6281200000005")).isTrue();
    }

    @Test
    void theRegistrysNumberWrittenNationallyIsComparedInE164() {
        assertThat(RegistryPhone.isOnRecord(registryHolds("0812-0000-0005"), "+6281200000005")).isTrue();
        assertThat(RegistryPhone.isOnRecord(registryHolds("6281200000005"), "+6281200000005")).isTrue();
    }

    @Test
    void anotherNumberIsRefused() {
        assertThat(RegistryPhone.isOnRecord(registryHolds("+6281200000005"), "+6281299999999")).isFalse();
    }

    @Test
    void aNumberThatDiffersOnlyInTheLastDigitIsRefused() {
        assertThat(RegistryPhone.isOnRecord(registryHolds("+6281200000005"), "+6281200000006")).isFalse();
    }

    @Test
    void aMemberWithoutANumberOnRecordCannotRegister() {
        assertThat(RegistryPhone.isOnRecord(registryHolds(null), "+6281200000005")).isFalse();
        assertThat(RegistryPhone.isOnRecord(registryHolds(""), "+6281200000005")).isFalse();
        assertThat(RegistryPhone.isOnRecord(registryHolds(null), "")).isFalse();
    }

    @Test
    void aLandlineOnRecordIsNoMobileNumberToVerify() {
        assertThat(RegistryPhone.isOnRecord(registryHolds("021-5555-1234"), "+62215555123")).isFalse();
    }
}
