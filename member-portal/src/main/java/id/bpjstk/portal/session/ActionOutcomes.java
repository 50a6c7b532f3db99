package id.bpjstk.portal.session;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;

/**
 * Carries the outcome of a Keycloak action back to the security page. Keycloak reports it on the callback
 * ({@code kc_action_status=success|cancelled|error}); quarkus-oidc then drops the callback's parameters and restores
 * the page the sign-in started from ({@code /security?action=...}). This filter of that last redirect adds
 * {@code outcome}: the action and its status sealed with the portal's secret and a time, so that the page shows a
 * notice only for an outcome Keycloak really reported, a few minutes ago, and never for a link someone made up.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.LOCAL_ENDPOINT_CALLBACK)
public class ActionOutcomes implements OidcRedirectFilter {

    /** The query parameter of the page that carries the sealed outcome. */
    public static final String OUTCOME = "outcome";
    static final String STATUS = "kc_action_status";
    static final Set<String> STATUSES = Set.of("success", "cancelled", "error");
    /** How long an outcome is shown after Keycloak reported it. */
    static final Duration FRESH = Duration.ofMinutes(5);
    private static final String CONTEXT = "portal-action-outcome";

    /** What Keycloak reported for an action. */
    public record Outcome(String action, String status) {

        /** The action's family ({@code delete_credential} for any removal). */
        public String family() {
            return AccountActions.family(action);
        }

        public boolean success() {
            return "success".equals(status);
        }

        public boolean cancelled() {
            return "cancelled".equals(status);
        }
    }

    private final Sealer sealer;

    public ActionOutcomes(Sealer sealer) {
        this.sealer = sealer;
    }

    @Override
    public void filter(OidcRedirectContext context) {
        URI target = URI.create(context.redirectUri());
        if (!AccountActions.PATH.equals(target.getPath())) {
            return;
        }
        String action = queryParam(target.getRawQuery(), AccountActions.ACTION);
        String status = first(context.routingContext().queryParam(STATUS));
        if (AccountActions.isAllowed(action) && STATUSES.contains(status)) {
            context.additionalQueryParams().add(OUTCOME, seal(new Outcome(action, status), Instant.now()));
        }
    }

    String seal(Outcome outcome, Instant at) {
        byte[] plain = (outcome.action() + "\n" + outcome.status() + "\n" + at.getEpochSecond()).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealer.seal(plain, CONTEXT));
    }

    /** The outcome {@code sealed} carries, if this portal sealed it no longer than {@link #FRESH} ago. */
    public Optional<Outcome> open(String sealed) {
        return open(sealed, Instant.now());
    }

    Optional<Outcome> open(String sealed, Instant now) {
        if (sealed == null || sealed.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(sealer.open(Base64.getUrlDecoder().decode(sealed), CONTEXT), StandardCharsets.UTF_8)
                    .split("\n", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            if (at.isAfter(now.plusSeconds(5)) || Duration.between(at, now).compareTo(FRESH) > 0) {
                return Optional.empty();
            }
            Outcome outcome = new Outcome(parts[0], parts[1]);
            return AccountActions.isAllowed(outcome.action()) && STATUSES.contains(outcome.status()) ? Optional.of(outcome) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not base64, not sealed here, or not a number: no notice
        }
    }

    /** The first value of {@code name} in a raw query, decoded; null when absent. */
    static String queryParam(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
