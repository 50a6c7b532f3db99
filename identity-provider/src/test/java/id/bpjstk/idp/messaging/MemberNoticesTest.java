package id.bpjstk.idp.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ThemeManager;
import org.keycloak.theme.Theme;

/** A notice's texts come from the login theme in the member's language, read once per language for one notice. */
class MemberNoticesTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final List<Locale> reads = new ArrayList<>();
    private final MemberNotices notices = new MemberNotices(session(), null);

    @Test
    void textsAreTheThemesInTheMembersLanguageWithTheirParameters() {
        assertThat(notices.text(INDONESIAN, "greeting", "Siti")).isEqualTo("Halo Siti");
        assertThat(notices.text(Locale.ENGLISH, "greeting", "Siti")).isEqualTo("Hello Siti");
        assertThat(notices.text(INDONESIAN, "missing")).as("a key the theme lacks").isEqualTo("missing");
    }

    @Test
    void theThemesTextsOfALanguageAreReadOnceForTheWholeNotice() {
        notices.text(INDONESIAN, "greeting", "Siti");
        notices.text(INDONESIAN, "device", "Chrome");
        notices.text(INDONESIAN, "greeting", "Made");
        notices.text(Locale.ENGLISH, "greeting", "Siti");

        assertThat(reads).containsExactly(INDONESIAN, Locale.ENGLISH);
    }

    private KeycloakSession session() {
        Theme theme = (Theme) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Theme.class}, (proxy, method, args) -> {
            if (method.getName().equals("getEnhancedMessages")) {
                Locale locale = (Locale) args[1];
                reads.add(locale);
                Properties messages = new Properties();
                messages.setProperty("greeting", locale.getLanguage().equals("id") ? "Halo {0}" : "Hello {0}");
                messages.setProperty("device", "{0}");
                return messages;
            }
            throw new UnsupportedOperationException(method.getName());
        });
        ThemeManager themes = (ThemeManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ThemeManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getTheme") && args.length == 1 && args[0] == Theme.Type.LOGIN) {
                        return theme;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (KeycloakSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {KeycloakSession.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("theme")) {
                        return themes;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
