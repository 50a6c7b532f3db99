package id.bpjstk.portal.web;

import io.smallrye.config.ConfigMapping;

/**
 * The document limits claims-service enforces ({@code claims.documents.*}), read from configuration so that the upload
 * form states them before a member uploads: {@code portal.claims.documents.max-file-bytes} and
 * {@code max-total-bytes}, which default to the service's own environment variables and values.
 */
@ConfigMapping(prefix = "portal.claims.documents")
public interface DocumentLimits {

    /** At most this many bytes a file. */
    long maxFileBytes();

    /** At most this many bytes all of a claim's documents together. */
    long maxTotalBytes();
}
