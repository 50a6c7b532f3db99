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

    /** Every mail delivered to {@code address}, oldest first. */
    public List<Mail> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .map(Mailbox::mail)
                .toList();
    }

    /** The mails to {@code address}, waiting up to ten seconds for the first one. */
    public List<Mail> awaitTo(String address) {
        for (int i = 0; i < 50 && to(address).isEmpty(); i++) {
            Pause.millis(200);
        }
        return to(address);
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
