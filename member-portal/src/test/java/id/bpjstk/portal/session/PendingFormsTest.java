package id.bpjstk.portal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.bpjstk.portal.ServiceStubs;
import id.bpjstk.service.test.PostgresTestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ServiceStubs.class)
class PendingFormsTest {

    @Inject
    PendingForms forms;

    @Inject
    DataSource dataSource;

    @Test
    void aKeptFormComesBackOnceToItsOwnerWithWhatSheTyped() {
        UUID id = forms.keep("subject-a", "/profile", Map.of("address", "Jl. Baru 2", "correspondenceEmail", "a@example.test"));

        assertThat(forms.take(id.toString(), "subject-b")).isEmpty();
        assertThat(forms.take(id.toString(), "subject-a")).hasValueSatisfying(form -> {
            assertThat(form.path()).isEqualTo("/profile");
            assertThat(form.fields()).containsEntry("address", "Jl. Baru 2").containsEntry("correspondenceEmail", "a@example.test");
        });
        assertThat(forms.take(id.toString(), "subject-a")).isEmpty();
    }

    @Test
    void aFormIsStoredSealedAndAnUnknownOrMalformedIdGivesNothing() throws Exception {
        UUID id = forms.keep("subject-c", "/profile", Map.of("address", "Jalan Rahasia 7"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select form from portal_pending_form where id = '" + id + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(new String(row.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Rahasia");
        }
        assertThat(forms.take(UUID.randomUUID().toString(), "subject-c")).isEmpty();
        assertThat(forms.take("not-a-uuid", "subject-c")).isEmpty();
        assertThat(forms.take(null, "subject-c")).isEmpty();
    }

    @Test
    void aFormPastItsTimeIsGone() throws Exception {
        UUID id = forms.keep("subject-d", "/claims/new", Map.of("type", "JHT"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update portal_pending_form set expires_at = now() - interval '1 second' where id = '" + id + "'");
        }
        assertThat(forms.take(id.toString(), "subject-d")).isEmpty();
    }
}
