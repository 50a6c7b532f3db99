package id.bpjstk.portal.web;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

/**
 * A part of a page that one service fills: its value, or "unavailable" when the service failed or did not answer in
 * time, so that the rest of the page still shows.
 */
public record Parts<T>(T value, String service) {

    private static final Logger LOG = Logger.getLogger(Parts.class);

    public boolean available() {
        return value != null;
    }

    /** Waits at most until {@code deadline} (nanoTime) for {@code call}; a failure or a late answer is unavailable. */
    public static <T> Parts<T> await(CompletionStage<T> call, long deadline, String service) {
        try {
            long left = Math.max(0, deadline - System.nanoTime());
            return new Parts<>(call.toCompletableFuture().get(left, TimeUnit.NANOSECONDS), service);
        } catch (TimeoutException e) {
            call.toCompletableFuture().cancel(true);
            LOG.warnf("%s did not answer in time: that part of the page is shown as unavailable", service);
        } catch (ExecutionException e) {
            LOG.warnf("%s failed (%s): that part of the page is shown as unavailable", service, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Parts<>(null, service);
    }

    /** The deadline {@code timeout} from now, for {@link #await}. */
    public static long deadline(Duration timeout) {
        return System.nanoTime() + timeout.toNanos();
    }
}
