package id.bpjstk.idp.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateMethodModelEx;

/**
 * Renders the notice templates the way Keycloak's email provider does (FreeMarker 2.3.32, HTML output format by
 * default), with a stand-in for the base theme's {@code template.ftl} layout.
 */
class EmailNoticeTemplateTest {

    private static final String TEXT = "Akun Anda dikunci <b>sementara</b> & \"dibuka\" lagi\nbesok.";

    @Test
    void htmlEscapesTheTextAndAddsTheIndonesianFooter() throws Exception {
        String html = render("html", "id");

        assertThat(html).contains("Akun Anda dikunci &lt;b&gt;sementara&lt;/b&gt; &amp; &quot;dibuka&quot;")
                .doesNotContain("<b>sementara")
                .contains("Pemberitahuan dari BPJS Ketenagakerjaan")
                .contains("Email ini dikirim otomatis, jangan dibalas.");
    }

    @Test
    void plainTextKeepsTheTextAsItIsWithTheEnglishFooter() throws Exception {
        String text = render("text", "en");

        assertThat(text).contains(TEXT)
                .contains("A notice from BPJS Ketenagakerjaan")
                .contains("This email was sent automatically; do not reply.");
    }

    private static String render(String kind, String language) throws Exception {
        StringTemplateLoader layout = new StringTemplateLoader();
        layout.putTemplate("html/template.ftl", "<#macro emailLayout><html><body><#nested></body></html></#macro>");
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                layout, new ClassTemplateLoader(EmailNoticeTemplateTest.class, "/theme/bpjstk/email")}));

        Properties messages = messages(language);
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> model = new HashMap<>();
        model.put("text", TEXT);
        model.put("purpose", "lockout");
        model.put("locale", locale);
        model.put("msg", (TemplateMethodModelEx) args -> new MessageFormat(
                messages.getProperty(args.get(0).toString()), locale).format(new Object[0]));

        StringWriter out = new StringWriter();
        freemarker.getTemplate(kind + "/" + EmailNoticeSender.TEMPLATE, "UTF-8").process(model, out);
        return out.toString();
    }

    private static Properties messages(String language) throws Exception {
        String path = "/theme/bpjstk/email/messages/messages_" + language + ".properties";
        try (InputStream in = EmailNoticeTemplateTest.class.getResourceAsStream(path)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
