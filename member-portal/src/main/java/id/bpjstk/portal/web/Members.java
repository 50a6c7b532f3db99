package id.bpjstk.portal.web;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * The pages of a member's own records (contributions, e-statements, profile) are for someone with a KPJ: anyone else
 * signed in (a claims officer without one) goes to the home page, which sends officers to their workspace.
 */
final class Members {

    private Members() {
    }

    static Response only() {
        return Response.seeOther(URI.create("/")).build();
    }
}
