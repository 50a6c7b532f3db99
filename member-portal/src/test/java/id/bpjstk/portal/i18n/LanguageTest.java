package id.bpjstk.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theMembersChoiceWinsOverTheBrowsers() {
        assertThat(Language.choose("en", List.of(Locale.forLanguageTag("id")))).isEqualTo(Language.EN);
        assertThat(Language.choose("id", List.of(Locale.ENGLISH))).isEqualTo(Language.ID);
    }

    @Test
    void withoutAChoiceTheFirstOfOurLanguagesTheBrowserAcceptsIsTaken() {
        assertThat(Language.choose(null, List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("en-GB")))).isEqualTo(Language.EN);
        assertThat(Language.choose(null, List.of(Locale.forLanguageTag("id-ID")))).isEqualTo(Language.ID);
    }

    @Test
    void anythingElseIsIndonesian() {
        assertThat(Language.choose(null, List.of())).isEqualTo(Language.ID);
        assertThat(Language.choose("fr", List.of(Locale.FRENCH))).isEqualTo(Language.ID);
        assertThat(Language.choose("<script>", List.of())).isEqualTo(Language.ID);
    }
}
