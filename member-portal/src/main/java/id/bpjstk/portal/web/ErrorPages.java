package id.bpjstk.portal.web;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.bpjstk.portal.client.ServiceException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The friendly pages for what a page did not handle itself: not found, not allowed, a service down, anything else.
 * Each carries a short reference that is also in the log line, so a member can quote it and an operator find it;
 * never a stack trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    /** Which of the friendly pages. */
    public enum Kind {
        NOT_FOUND, FORBIDDEN, UNAVAILABLE, ERROR
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Kind kind, String reference);
    }

    @ServerExceptionMapper
    public Response serviceError(ServiceException e) {
        if (e.isNotFound()) {
            return page(404, Kind.NOT_FOUND, null);
        }
        if (e.status() == 403) {
            return page(403, Kind.FORBIDDEN, null);
        }
        String reference = reference();
        if (e.status() >= 500) {
            LOG.warnf("[ref %s] %s", reference, e.getMessage());
            return page(503, Kind.UNAVAILABLE, reference);
        }
        LOG.errorf("[ref %s] unexpected answer: %s", reference, e.getMessage());
        return page(500, Kind.ERROR, reference);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        String reference = reference();
        LOG.warnf("[ref %s] a service could not be reached: %s", reference, e.getMessage());
        return page(503, Kind.UNAVAILABLE, reference);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, Kind.NOT_FOUND, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        String reference = reference();
        LOG.errorf(e, "[ref %s] unexpected failure", reference);
        return page(500, Kind.ERROR, reference);
    }

    static Response page(int status, Kind kind, String reference) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.error(kind, reference)).build();
    }

    private static String reference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
