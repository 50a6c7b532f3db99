package id.bpjstk.idp.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import id.bpjstk.idp.support.InMemorySingleUseStore;

class NotMeLinksTest {

    private final InMemorySingleUseStore store = new InMemorySingleUseStore();
    private final NotMeLinks links = new NotMeLinks(store, new SecureRandom());
    private final NotMeLinks.SignIn signIn = new NotMeLinks.SignIn("realm-1", "user-1", "D".repeat(43), 1_700_000_000_000L, "Chrome", null);

    @Test
    void aKeyIs22UrlSafeCharactersAndTheStoreHoldsOnlyItsHash() {
        String key = links.issue(signIn);

        assertThat(key).matches("[A-Za-z0-9_-]{22}");
        assertThat(store.contains("bpjstk-not-me:" + key)).isFalse();
        assertThat(store.contains("bpjstk-not-me:" + Hashes.sha256(key))).isTrue();
    }

    @Test
    void lookingAtAKeyChangesNothingAndGivesTheSignInItIsAbout() {
        String key = links.issue(signIn);

        assertThat(links.peek("realm-1", key)).contains(signIn);
        assertThat(links.peek("realm-1", key)).contains(signIn);
    }

    @Test
    void aKeyIsTakenOnceOnly() {
        String key = links.issue(signIn);

        assertThat(links.take("realm-1", key)).contains(signIn);
        assertThat(links.take("realm-1", key)).isEmpty();
        assertThat(links.peek("realm-1", key)).isEmpty();
    }

    @Test
    void aKeyLivesSevenDays() {
        String key = links.issue(signIn);

        store.advanceSeconds(NotMeLinks.LIFESPAN_SECONDS - 1);
        assertThat(links.peek("realm-1", key)).isPresent();
        store.advanceSeconds(1);
        assertThat(links.peek("realm-1", key)).isEmpty();
        assertThat(links.take("realm-1", key)).isEmpty();
    }

    @Test
    void anotherRealmsKeyIsNoKeyHereAndIsNotUsedUp() {
        String key = links.issue(signIn);

        assertThat(links.peek("realm-2", key)).isEmpty();
        assertThat(links.take("realm-2", key)).isEmpty();
        assertThat(links.take("realm-1", key)).contains(signIn);
    }

    @Test
    void malformedOrUnknownKeysAreNoKeys() {
        assertThat(links.peek("realm-1", "short")).isEmpty();
        assertThat(links.peek("realm-1", null)).isEmpty();
        assertThat(links.peek("realm-1", "A".repeat(22))).isEmpty();
        assertThat(links.take("realm-1", "../../admin")).isEmpty();
    }

    @Test
    void aFormTokenServesOnePostOfItsOwnKeysPage() {
        String key = links.issue(signIn);
        String other = links.issue(signIn);
        String token = links.issueFormToken(key);

        assertThat(links.takeFormToken(other, token)).as("another link's page").isFalse();
        assertThat(links.takeFormToken(key, token)).as("used up by the wrong post").isFalse();

        String fresh = links.issueFormToken(key);
        assertThat(links.takeFormToken(key, fresh)).isTrue();
        assertThat(links.takeFormToken(key, fresh)).as("once").isFalse();
    }

    @Test
    void aFormTokenLivesHalfAnHourAndNoTokenIsNoPost() {
        String key = links.issue(signIn);
        String token = links.issueFormToken(key);

        store.advanceSeconds(NotMeLinks.FORM_LIFESPAN_SECONDS);

        assertThat(links.takeFormToken(key, token)).isFalse();
        assertThat(links.takeFormToken(key, null)).isFalse();
        assertThat(links.takeFormToken(key, "")).isFalse();
    }

    @Test
    void theSignInKeepsItsBrowserAndSystemNamesForThePage() {
        String key = links.issue(signIn);

        assertThat(links.peek("realm-1", key).orElseThrow().label()).isEqualTo(new DeviceLabel("Chrome", null));
    }
}
