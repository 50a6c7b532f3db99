package id.bpjstk.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the portal's pages, in Indonesian ({@code messages/msg_id.properties}, the default) and English
 * ({@code messages/msg_en.properties}); templates use them as {@code {msg:key}}. Keys are prefixed by page.
 */
@MessageBundle(value = "msg", locale = "id")
public interface Msg {

    // ---- layout ----
    @Message String app_name();
    @Message String skip_to_content();
    @Message String nav_label();
    @Message String nav_dashboard();
    @Message String nav_contributions();
    @Message String nav_statements();
    @Message String nav_profile();
    @Message String nav_claims();
    @Message String nav_security();
    @Message String nav_officer();
    @Message String nav_logout();
    @Message String language_label();
    @Message String language_switch();
    @Message String signed_in_as(String name, String kpj);
    @Message String footer_text();

    // ---- dashboard ----
    @Message String dashboard_title();
    @Message String dashboard_greeting(String name);
    @Message String dashboard_kpj();
    @Message String dashboard_category();
    @Message String category_PU();
    @Message String category_BPU();
    @Message String dashboard_jht();
    @Message String dashboard_jht_as_of(String date);
    @Message String dashboard_jht_contributions();
    @Message String dashboard_jht_returns();
    @Message String dashboard_jp();
    @Message String dashboard_jp_accrued();
    @Message String dashboard_jp_monthly();
    @Message String dashboard_jp_months(int months);
    @Message String dashboard_jp_none();
    @Message String dashboard_last_contribution();
    @Message String dashboard_last_contribution_none();
    @Message String dashboard_open_claims();
    @Message String dashboard_open_claims_none();
    @Message String dashboard_see_contributions();
    @Message String dashboard_see_claims();
    @Message String part_unavailable(String service);

    // ---- errors and sign-out ----
    @Message String error_title();
    @Message String error_text();
    @Message String error_unavailable_title();
    @Message String error_unavailable_text();
    @Message String error_not_found_title();
    @Message String error_not_found_text();
    @Message String error_forbidden_title();
    @Message String error_forbidden_text();
    @Message String error_reference(String reference);
    @Message String error_back();
    @Message String signed_out_title();
    @Message String signed_out_text();
    @Message String signed_out_again();
}
