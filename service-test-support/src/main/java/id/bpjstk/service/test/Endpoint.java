package id.bpjstk.service.test;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One operation of a service, with a body of the type it takes, for tests that ask every operation the same
 * question (what it answers without a token, say).
 *
 * @param jsonBody the JSON body to send, or {@code null}
 * @param multipartField the name of a text part to send as multipart/form-data, or {@code null}
 * @param scope the OAuth scope the operation needs ({@link #needs(String)}), or {@code null} for one that needs none
 *     (a staff look-up, a service account's)
 */
public record Endpoint(String method, String path, String jsonBody, String multipartField, String scope) {

    public static Endpoint get(String path) {
        return new Endpoint("GET", path, null, null, null);
    }

    public static Endpoint post(String path) {
        return new Endpoint("POST", path, null, null, null);
    }

    public static Endpoint delete(String path) {
        return new Endpoint("DELETE", path, null, null, null);
    }

    /** An operation that takes a JSON body. */
    public static Endpoint json(String method, String path, String body) {
        return new Endpoint(method, path, body, null, null);
    }

    /** An operation that takes multipart/form-data; a text part {@code field} is sent. */
    public static Endpoint multipart(String method, String path, String field) {
        return new Endpoint(method, path, null, field, null);
    }

    /** This operation, which needs a token granted {@code scope}. */
    public Endpoint needs(String scope) {
        return new Endpoint(method, path, jsonBody, multipartField, scope);
    }

    /** Sends the request, with the bearer token unless it is {@code null}. */
    public Response call(String token) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (jsonBody != null) {
            request.contentType(ContentType.JSON).body(jsonBody);
        } else if (multipartField != null) {
            request.multiPart(multipartField, "x");
        }
        return request.when().request(method, path);
    }

    @Override
    public String toString() {
        return method + " " + path + (scope == null ? "" : " (" + scope + ")");
    }
}
