package id.bpjstk.portal;

import static io.restassured.RestAssured.given;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A page with a form, as a browser has it after GET: the page and the CSRF cookie and field it came with, so that a
 * test posts the form as the browser would.
 */
public record FormSession(Document page, String csrfCookie, String csrfField) {

    public static final String CSRF = "csrf-token";

    public static FormSession open(String path) {
        Response response = given().when().get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.asString());
        }
        Document page = Jsoup.parse(response.asString());
        return new FormSession(page, response.getCookie(CSRF), page.selectFirst("input[name=" + CSRF + "]").val());
    }

    /** A request carrying the CSRF cookie and field, not following redirects. */
    public RequestSpecification post() {
        return given().redirects().follow(false).cookie(CSRF, csrfCookie).formParam(CSRF, csrfField);
    }

    /** The same for a multipart form: the field as a part. */
    public RequestSpecification multipart() {
        return given().redirects().follow(false).cookie(CSRF, csrfCookie).multiPart(CSRF, csrfField);
    }

    public String value(String name) {
        return page.selectFirst("[name=" + name + "]").val();
    }
}
