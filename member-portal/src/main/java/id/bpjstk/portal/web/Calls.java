package id.bpjstk.portal.web;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** Waiting for a service call made asynchronously, with its failure as the service gave it. */
final class Calls {

    private Calls() {
    }

    /** The call's answer; a {@link id.bpjstk.portal.client.ServiceException} (or any other failure) thrown as it is. */
    static <T> T join(CompletionStage<T> call) {
        try {
            return call.toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (CompletionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a service", e);
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }
}
