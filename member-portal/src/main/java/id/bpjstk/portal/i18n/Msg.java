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

    // ---- contributions ----
    @Message String contributions_title();
    @Message String contributions_filter_title();
    @Message String contributions_from();
    @Message String contributions_to();
    @Message String contributions_month_hint();
    @Message String contributions_show();
    @Message String contributions_errors();
    @Message String contributions_error_format();
    @Message String contributions_error_before_first(String first);
    @Message String contributions_error_after_latest(String latest);
    @Message String contributions_error_from_after_to();
    @Message String contributions_error_refused();
    @Message String contributions_page_missing(int shown);
    @Message String contributions_range_title(String from, String to);
    @Message String contributions_none();
    @Message String contributions_csv();
    @Message String contributions_chart_title(String from, String to);
    @Message String contributions_chart_desc(int months, String highest, String highestMonth, String lowest, String lowestMonth);
    @Message String contributions_chart_caption();
    @Message String contributions_table_caption(int page, long pages);
    @Message String contributions_col_month();
    @Message String contributions_col_wage();
    @Message String contributions_col_total();
    @Message String contributions_no_line();
    @Message String contributions_pager_label();
    @Message String contributions_previous();
    @Message String contributions_next();
    @Message String contributions_page_of(int page, long pages);
    @Message String contributions_csv_period();
    @Message String contributions_csv_wage();
    @Message String contributions_csv_total();

    // ---- e-statements ----
    @Message String statements_title();
    @Message String statements_intro();
    @Message String statements_years_title();
    @Message String statements_download(int year);
    @Message String statements_current_year(String month);
    @Message String statements_none();
    @Message String statements_not_found(int year);

    // ---- profile ----
    @Message String profile_title();
    @Message String profile_registry_title();
    @Message String profile_registry_hint();
    @Message String profile_name();
    @Message String profile_kpj();
    @Message String profile_birth_date();
    @Message String profile_category();
    @Message String profile_employer();
    @Message String profile_employer_none();
    @Message String profile_phone();
    @Message String profile_email();
    @Message String profile_address();
    @Message String profile_correspondence_email();
    @Message String profile_not_set();
    @Message String profile_contact_title();
    @Message String profile_address_label();
    @Message String profile_address_hint(int max);
    @Message String profile_email_label();
    @Message String profile_email_hint(int max);
    @Message String profile_step_up_hint();
    @Message String profile_save();
    @Message String profile_saved();
    @Message String profile_resumed();
    @Message String profile_resume_lost();
    @Message String profile_errors();
    @Message String profile_error_address_required();
    @Message String profile_error_address_too_long(int max);
    @Message String profile_error_email_required();
    @Message String profile_error_email_invalid();
    @Message String profile_error_email_too_long(int max);
    @Message String profile_error_refused();
    // ---- security ----
    @Message String security_title();
    @Message String security_intro();
    @Message String security_sessions();
    @Message String security_sessions_caption();
    @Message String security_sessions_hint();
    @Message String security_col_device();
    @Message String security_col_ip();
    @Message String security_col_started();
    @Message String security_col_last_access();
    @Message String security_col_apps();
    @Message String security_col_action();
    @Message String security_col_time();
    @Message String security_col_event();
    @Message String security_current();
    @Message String security_device_unknown();
    @Message String security_end_session();
    @Message String security_end_current();
    @Message String security_no_apps();
    @Message String security_app_portal();
    @Message String security_app_account_console();
    @Message String security_app_member_app();
    @Message String security_app_admin_console();
    @Message String security_methods();
    @Message String security_methods_hint();
    @Message String security_password();
    @Message String security_password_set(String date);
    @Message String security_password_set_nodate();
    @Message String security_password_none();
    @Message String security_password_change();
    @Message String security_password_create();
    @Message String security_sms();
    @Message String security_sms_on(String phone);
    @Message String security_sms_off();
    @Message String security_sms_turn_on();
    @Message String security_sms_no_phone();
    @Message String security_sms_off_hint();
    @Message String security_totp();
    @Message String security_totp_none();
    @Message String security_totp_add();
    @Message String security_passkeys();
    @Message String security_passkeys_none();
    @Message String security_passkey_add();
    @Message String security_credential_created(String date);
    @Message String security_credential_unnamed();
    @Message String security_remove();
    @Message String security_activity();
    @Message String security_activity_caption();
    @Message String security_activity_none();
    @Message String security_activity_hint();
    @Message String security_activity_sign_in();
    @Message String security_activity_sign_in_failed();
    @Message String security_activity_code_failed();
    @Message String security_activity_sign_out();
    @Message String security_activity_password_changed();
    @Message String security_activity_added_otp();
    @Message String security_activity_added_passkey();
    @Message String security_activity_added_other();
    @Message String security_activity_removed_otp();
    @Message String security_activity_removed_passkey();
    @Message String security_activity_removed_other();
    @Message String security_activity_email_changed();
    @Message String security_activity_two_step_on();
    @Message String security_activity_phone_verified();
    @Message String security_activity_password_reset();
    @Message String security_activity_locked();
    @Message String security_activity_registered();
    @Message String security_activity_other();
    @Message String security_outcome_totp();
    @Message String security_outcome_password();
    @Message String security_outcome_passkey();
    @Message String security_outcome_sms();
    @Message String security_outcome_removed();
    @Message String security_outcome_cancelled();
    @Message String security_outcome_error();
    @Message String security_session_ended();
    @Message String security_session_gone();
    @Message String security_action_refused();

    // ---- security: partner applications she allowed ----
    @Message String security_partners_title();
    @Message String security_partners_intro();
    @Message String security_partners_none();
    @Message String security_partners_app();
    @Message String security_partners_scopes();
    @Message String security_partners_since();
    @Message String security_partners_revoke();
    @Message String security_partners_revoke_label(String name);
    @Message String security_consent_revoked();
    @Message String security_scope_membership();
    @Message String security_scope_balances();
    @Message String security_scope_contributions();
    @Message String security_scope_profile();
    @Message String security_scope_email();
    @Message String security_scope_roles();
}
