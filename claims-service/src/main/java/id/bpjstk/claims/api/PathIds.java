package id.bpjstk.claims.api;

import id.bpjstk.claims.service.ClaimNotFoundException;
import id.bpjstk.claims.service.DocumentNotFoundException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ids in paths: anything that is not a UUID names nothing (404), like an id that does not exist. */
final class PathIds {

    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private PathIds() {
    }

    static UUID claim(String id) {
        if (id == null || !UUID_TEXT.matcher(id).matches()) {
            throw new ClaimNotFoundException();
        }
        return UUID.fromString(id);
    }

    static UUID document(String id) {
        if (id == null || !UUID_TEXT.matcher(id).matches()) {
            throw new DocumentNotFoundException();
        }
        return UUID.fromString(id);
    }
}
