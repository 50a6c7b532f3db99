package id.bpjstk.systemtest.support;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The mail catcher of the test run: a real SMTP server (GreenMail) on a free loopback port. */
public final class Mailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

    public record Mail(String to, String subject, String body) {

        /** The first link in the mail whose address contains {@code part} (quoted-printable undone). */
        public Optional<URI> link(String part) {
            String text = body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
            Matcher links = LINK.matcher(text);
            while (links.find()) {
                if (links.group().contains(part)) {
                    return Optional.of(URI.create(links.group().replace("&amp;", "&")));
                }
            }
            return Optional.empty();
        }
    }

    private final GreenMail greenMail;

    Mailbox() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    /**
     * Every mail delivered to {@code address}, oldest first, except the notices of a sign-in from a new browser: as
     * their SMS ({@link SmsGateway#to}), they follow any sign-in from a fresh browser at no moment a test chooses. Read
     * them with {@link #awaitNewDeviceNotices}.
     */
    public List<Mail> to(String address) {
        return everything(address).stream().filter(mail -> !NEW_DEVICE_SUBJECTS.contains(mail.subject())).toList();
    }

    /** The mails to {@code address} (sign-in notices left out), waiting up to ten seconds for the first one. */
    public List<Mail> awaitTo(String address) {
        for (int i = 0; i < 50 && to(address).isEmpty(); i++) {
            Pause.millis(200);
        }
        return to(address);
    }

    /** The subjects of the new-device notice (the email theme's {@code bpjstkNoticeSubject_new_device}), Indonesian and English. */
    static final List<String> NEW_DEVICE_SUBJECTS = List.of("Masuk dari perangkat baru ke akun BPJS Ketenagakerjaan Anda",
            "New device sign-in to your BPJS Ketenagakerjaan account");

    /** The new-device notices mailed to {@code address}, waiting up to ten seconds until there are {@code count}. */
    public List<Mail> awaitNewDeviceNotices(String address, int count) {
        for (int i = 0; i < 50 && newDeviceNotices(address).size() < count; i++) {
            Pause.millis(200);
        }
        return newDeviceNotices(address);
    }

    private List<Mail> newDeviceNotices(String address) {
        return everything(address).stream().filter(mail -> NEW_DEVICE_SUBJECTS.contains(mail.subject())).toList();
    }

    private List<Mail> everything(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .map(Mailbox::mail)
                .toList();
    }

    /**
     * The link whose address contains {@code part} in the newest mail to {@code address} that has one, waiting up to ten
     * seconds for it (other mails, notices say, may come first).
     */
    public URI awaitLink(String address, String part) {
        for (int i = 0; i < 50; i++) {
            List<Mail> mails = to(address);
            for (int m = mails.size() - 1; m >= 0; m--) {
                Optional<URI> link = mails.get(m).link(part);
                if (link.isPresent()) {
                    return link.get();
                }
            }
            Pause.millis(200);
        }
        throw new AssertionError("no mail to " + address + " with a link to " + part + " in: " + to(address));
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static Mail mail(MimeMessage message) {
        try {
            return new Mail(recipients(message).get(0), message.getSubject(), GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
