package id.bpjstk.partner.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.bpjstk.partner.MembershipStub;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(MembershipStub.class)
class SingleLogoutTest {

    @Inject
    SingleLogout singleLogout;

    @Test
    void aBrowserWhoseKeycloakSessionEndedLosesItsSessionCookiesAndIsToldSoOnItsNextPage() {
        singleLogout.endedByKeycloak("session-ended-elsewhere");
        String mark = singleLogout.mark("session-ended-elsewhere");

        for (String path : List.of("/account", "/")) {
            Response response = given().redirects().follow(false).cookie(SingleLogout.MARK, mark)
                    .cookie("q_session_Default_partner", "sealed").cookie("q_session_Default_partner_chunk_1", "sealed")
                    .cookie("q_session", "the member portal's, on the same host").when().get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.header("Location")).endsWith("/signed-out?elsewhere=true");
            assertThat(response.headers().getValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("q_session_Default_partner=;").contains("Max-Age=0"))
                    .anySatisfy(c -> assertThat(c).startsWith("q_session_Default_partner_chunk_1=;").contains("Max-Age=0"))
                    .noneSatisfy(c -> assertThat(c).startsWith("q_session="))
                    .anySatisfy(c -> assertThat(c).startsWith(SingleLogout.MARK + "=;").contains("Max-Age=0"));
        }
        // the page that tells her, and what it needs, open as usual
        given().cookie(SingleLogout.MARK, mark).when().get("/signed-out?elsewhere=true").then().statusCode(200);
        given().cookie(SingleLogout.MARK, mark).when().get("/partner.css").then().statusCode(200);
    }

    @Test
    void aMarkOfASessionStillOpenChangesNothing() {
        singleLogout.endedByKeycloak("another-session");

        given().redirects().follow(false).cookie(SingleLogout.MARK, singleLogout.mark("open-session")).when().get("/")
                .then().statusCode(200);
    }

    @Test
    void theMarkNamesTheSessionWithoutTellingIt() {
        String mark = singleLogout.mark("4f0c2e7a-0d1b-4c9e-9a57-2b8f6f1d3c11");

        assertThat(mark).doesNotContain("4f0c2e7a").matches("[A-Za-z0-9_-]{43}");
        assertThat(singleLogout.mark("4f0c2e7a-0d1b-4c9e-9a57-2b8f6f1d3c11")).isEqualTo(mark);
        assertThat(singleLogout.mark("4f0c2e7a-0d1b-4c9e-9a57-2b8f6f1d3c12")).isNotEqualTo(mark);
    }

    @Test
    void theSessionIdIsReadFromTheLogoutTokensPayload() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iss\":\"x\",\"sid\":\"abc-123\",\"events\":{}}".getBytes(StandardCharsets.UTF_8));

        assertThat(SingleLogout.claim("eyJhbGciOiJSUzI1NiJ9." + payload + ".sig", "sid")).isEqualTo("abc-123");
        assertThat(SingleLogout.claim("eyJhbGciOiJSUzI1NiJ9." + payload + ".sig", "sub")).isNull();
        assertThat(SingleLogout.claim("not-a-jwt", "sid")).isNull();
        assertThat(SingleLogout.claim(null, "sid")).isNull();
    }

    @Test
    void endedSessionsAreForgottenOnceNoSessionCouldStillBeOpenAndTheOldestGoFirst() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
        EndedSessions ended = new EndedSessions(Duration.ofHours(12), 2, clock);

        ended.add("a");
        clock.advance(Duration.ofHours(1));
        ended.add("b");
        assertThat(ended.contains("a")).isTrue();
        ended.add("c");
        assertThat(ended.contains("a")).isFalse();
        assertThat(ended.contains("b")).isTrue();
        assertThat(ended.contains("c")).isTrue();

        clock.advance(Duration.ofHours(12).plusSeconds(1));
        assertThat(ended.contains("c")).isFalse();
    }

    @Test
    void aShortSessionSecretIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SingleLogout("too-short"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PARTNER_SESSION_SECRET");
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
