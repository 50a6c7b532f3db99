package id.bpjstk.membership.api;

import id.bpjstk.membership.service.MemberNotFoundException;
import id.bpjstk.membership.service.StatementNotAvailableException;
import id.bpjstk.service.api.ErrorResponse;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * membership-service's own failures as {@code {"code","message"}}; everything else (validation, tokens, sizes,
 * version conflicts, the unexpected) is mapped by service-support's {@code ApiExceptionMappers}.
 */
public class MembershipExceptionMappers {

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> memberNotFound(MemberNotFoundException e) {
        return ErrorResponse.of("member_not_found", e.getMessage()).withStatus(Response.Status.NOT_FOUND);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> statementNotAvailable(StatementNotAvailableException e) {
        return ErrorResponse.of("statement_not_found", e.getMessage()).withStatus(Response.Status.NOT_FOUND);
    }
}
