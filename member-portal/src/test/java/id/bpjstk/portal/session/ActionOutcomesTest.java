package id.bpjstk.portal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.bpjstk.portal.session.ActionOutcomes.Outcome;

/** An outcome is shown only when this portal sealed what Keycloak reported, and only for a few minutes. */
class ActionOutcomesTest {

    private static final Instant NOW = Instant.parse("2026-11-02T03:04:05Z");
    private final ActionOutcomes outcomes = new ActionOutcomes(new Sealer("a-portal-session-secret-of-32-characters!"));

    @Test
    void aSealedOutcomeOpensAgainWithinFiveMinutes() {
        String sealed = outcomes.seal(new Outcome("CONFIGURE_TOTP", "success"), NOW);

        assertThat(outcomes.open(sealed, NOW.plusSeconds(299))).contains(new Outcome("CONFIGURE_TOTP", "success"));
        assertThat(outcomes.open(sealed, NOW.plusSeconds(301))).isEmpty();
    }

    @Test
    void anOutcomeSealedElsewhereOrMadeUpOrAlteredShowsNothing() {
        String sealed = outcomes.seal(new Outcome("delete_credential:9a1c7e55-2222-4222-8222-000000000002", "success"), NOW);
        ActionOutcomes otherPortal = new ActionOutcomes(new Sealer("another-portal-secret-of-32-characters"));
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);

        assertThat(outcomes.open(sealed, NOW)).get().extracting(Outcome::family).isEqualTo("delete_credential");
        assertThat(otherPortal.open(sealed, NOW)).isEmpty();
        assertThat(outcomes.open(altered, NOW)).isEmpty();
        assertThat(outcomes.open("c3VjY2Vzcw", NOW)).isEmpty();
        assertThat(outcomes.open("not base64 at all!", NOW)).isEmpty();
        assertThat(outcomes.open(null, NOW)).isEmpty();
    }

    @Test
    void theActionNameIsReadFromTheRestoredPagesQuery() {
        assertThat(ActionOutcomes.queryParam("action=delete_credential%3Aabc&x=1", "action")).isEqualTo("delete_credential:abc");
        assertThat(ActionOutcomes.queryParam("x=1", "action")).isNull();
        assertThat(ActionOutcomes.queryParam(null, "action")).isNull();
    }
}
