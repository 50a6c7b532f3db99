package id.bpjstk.partner.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the app's pages, in Indonesian ({@code messages/msg_id.properties}, the default) and English
 * ({@code messages/msg_en.properties}); templates use them as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "id")
public interface Msg {

    // ---- layout ----
    @Message String app_name();
    @Message String app_tagline();
    @Message String skip_to_content();
    @Message String language_switch();
    @Message String signed_in_as(String name);
    @Message String logout();
    @Message String footer_text();

    // ---- landing ----
    @Message String landing_title();
    @Message String landing_intro();
    @Message String landing_what_title();
    @Message String landing_what_name();
    @Message String landing_what_kpj();
    @Message String landing_what_balance();
    @Message String landing_sign_in();
    @Message String landing_sign_in_hint();
    @Message String landing_open_account();
    @Message String landing_denied();
    @Message String landing_failed();

    // ---- account ----
    @Message String account_title();
    @Message String account_greeting(String name);
    @Message String account_member_title();
    @Message String account_name();
    @Message String account_kpj();
    @Message String account_balance_title();
    @Message String account_jht();
    @Message String account_jht_as_of(String date);
    @Message String account_balance_not_allowed();
    @Message String account_balance_not_allowed_hint();
    @Message String account_balance_unavailable();
    @Message String account_source();

    // ---- signed out ----
    @Message String signed_out_title();
    @Message String signed_out_text();
    @Message String signed_out_elsewhere();
    @Message String signed_out_again();
}
