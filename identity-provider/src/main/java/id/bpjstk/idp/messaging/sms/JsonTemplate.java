package id.bpjstk.idp.messaging.sms;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Fills a JSON body template: each {@code ${name}} with a known name becomes the value escaped as the inside of a
 * JSON string, so quotes, backslashes and line breaks in a message cannot break the JSON. The template puts the
 * quotes around the placeholder: {@code "message":"${message}"}. Unknown placeholders stay as they are, and
 * placeholders inside a value are never expanded (one pass over the template).
 */
final class JsonTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z]+)}");

    private JsonTemplate() {
    }

    static String render(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder body = new StringBuilder(template.length() + 200);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            String replacement = value == null ? matcher.group() : escape(value);
            matcher.appendReplacement(body, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(body);
        return body.toString();
    }

    private static String escape(String value) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
    }
}
