package id.bpjstk.portal.web;

import id.bpjstk.portal.i18n.Msg;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The message bundle in the page's language, for the words a resource puts together itself (field errors, CSV). */
final class Words {

    private Words() {
    }

    static Msg of(Viewer viewer) {
        return MessageBundles.get(Msg.class, Localized.Literal.of(viewer.lang()));
    }
}
