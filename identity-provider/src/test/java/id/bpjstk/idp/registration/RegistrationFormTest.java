package id.bpjstk.idp.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.FormMessage;

class RegistrationFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static MultivaluedMap<String, String> budi(Map<String, String> changes) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("username", "11000000025");
        form.putSingle("nik", "3273011208850002");
        form.putSingle("birthDate", "1985-08-12");
        form.putSingle("email", " budi@example.test ");
        form.putSingle("phoneNumber", "0812-0000-0002");
        changes.forEach(form::putSingle);
        return form;
    }

    @Test
    void aCompleteFormGivesTheValuesTheRegistryAndTheAccountNeed() {
        RegistrationForm form = RegistrationForm.read(budi(Map.of()), TODAY);

        assertThat(form.isUsable()).isTrue();
        assertThat(form.kpj()).isEqualTo("11000000025");
        assertThat(form.nik()).isEqualTo("3273011208850002");
        assertThat(form.birthDate()).isEqualTo(LocalDate.of(1985, 8, 12));
        assertThat(form.phoneNumber()).as("normalised to E.164").isEqualTo("+6281200000002");
        assertThat(form.email()).isEqualTo("budi@example.test");
    }

    @Test
    void eachUnusableFieldGetsItsOwnMessageInTheOrderOfThePage() {
        RegistrationForm form = RegistrationForm.read(budi(Map.of("username", "1100000002", "nik", "9973011208850002",
                "birthDate", "1985-02-30", "phoneNumber", "021-5555-1234", "email", " ")), TODAY);

        assertThat(form.isUsable()).isFalse();
        assertThat(form.errors()).extracting(FormMessage::getField, FormMessage::getMessage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("username", "registrationKpjInvalid"),
                org.assertj.core.groups.Tuple.tuple("nik", "registrationNikProvince"),
                org.assertj.core.groups.Tuple.tuple("birthDate", "registrationBirthDateInvalid"),
                org.assertj.core.groups.Tuple.tuple("phoneNumber", "registrationPhoneInvalid"),
                org.assertj.core.groups.Tuple.tuple("email", "missingEmailMessage"));
    }

    @Test
    void aBirthDateInTheFutureHasAMessageOfItsOwn() {
        assertThat(RegistrationForm.read(budi(Map.of("birthDate", "2026-11-22")), TODAY).errors())
                .extracting(FormMessage::getMessage).containsExactly("registrationBirthDateFuture");
        assertThat(RegistrationForm.read(budi(Map.of("birthDate", "2026-11-21")), TODAY).isUsable()).as("born today").isTrue();
    }

    @Test
    void missingFieldsAreUnusableToo() {
        RegistrationForm form = RegistrationForm.read(new MultivaluedHashMap<>(), TODAY);
        assertThat(form.errors()).extracting(FormMessage::getField)
                .containsExactly("username", "nik", "birthDate", "phoneNumber", "email");
    }

    @Test
    void theRegistrysNameIsSplitAtTheFirstSpace() {
        assertThat(NewMemberAccount.names("Budi Santoso")).containsExactly("Budi", "Santoso");
        assertThat(NewMemberAccount.names("Siti Nur Rahmawati")).containsExactly("Siti", "Nur Rahmawati");
        assertThat(NewMemberAccount.names("Made")).containsExactly("Made", null);
    }
}
