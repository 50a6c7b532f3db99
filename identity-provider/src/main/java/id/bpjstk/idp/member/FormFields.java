package id.bpjstk.idp.member;

/**
 * The names of the fields of our pages ({@code register.ftl}, {@code bpjstk-reset-identify.ftl},
 * {@code bpjstk-reset-password.ftl}, {@code bpjstk-otp.ftl}). Operators restyle the theme and partners deep-link into
 * it: the names are a contract, and the templates spell them the same.
 */
public final class FormFields {

    /** The KPJ on the registration page; KPJ or email on the sign-in and the recovery pages. */
    public static final String USERNAME = "username";
    public static final String NIK = "nik";
    /** ISO {@code YYYY-MM-DD}. */
    public static final String BIRTH_DATE = "birthDate";
    public static final String EMAIL = "email";
    public static final String PHONE_NUMBER = "phoneNumber";
    /** The new password of the recovery's last page, and its confirmation (also the registration page's). */
    public static final String PASSWORD_NEW = "password-new";
    public static final String PASSWORD_CONFIRM = "password-confirm";
    /** The one-time code, and the button that asks for a new one. */
    public static final String OTP = "otp";
    public static final String RESEND = "resend";

    private FormFields() {
    }
}
