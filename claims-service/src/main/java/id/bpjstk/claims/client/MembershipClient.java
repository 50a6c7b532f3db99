package id.bpjstk.claims.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bpjstk.claims.config.ClaimsConfig;
import id.bpjstk.claims.service.rules.MemberFacts;
import id.bpjstk.claims.service.rules.ParticipantCategory;
import id.bpjstk.member.Kpj;
import id.bpjstk.member.Masking;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Asks membership-service for a member's facts ({@code GET /internal/members/{kpj}/facts}) with
 * claims-service's own service-account token. Connect and read are time-limited (2 s and 5 s by
 * default); anything but a clear answer is a {@link MembershipUnavailableException}.
 */
@ApplicationScoped
public class MembershipClient {

    private static final Logger LOG = Logger.getLogger(MembershipClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClaimsConfig.Membership config;
    private final HttpClient http;
    private final ServiceAccountTokens tokens;
    private final MeterRegistry meters;

    @Inject
    MembershipClient(ClaimsConfig config, Clock clock, MeterRegistry meters) {
        this(config.membership(), clock, meters);
    }

    MembershipClient(ClaimsConfig.Membership config, Clock clock, MeterRegistry meters) {
        this.config = config;
        // HTTP/1.1: no h2c upgrade dance with the services behind it
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.tokens = new ServiceAccountTokens(config, http, clock);
        this.meters = meters;
    }

    /**
     * The facts of the active member with this KPJ; empty when membership-service knows no active
     * member by it (404).
     *
     * @throws MembershipUnavailableException when membership-service or the token endpoint cannot answer
     */
    public Optional<MemberFacts> facts(String membershipNumber) {
        if (!Kpj.isValid(membershipNumber)) {
            throw new IllegalArgumentException("not a membership number");
        }
        try {
            Optional<MemberFacts> facts = fetch(membershipNumber);
            count(facts.isPresent() ? "found" : "not_found");
            return facts;
        } catch (MembershipUnavailableException e) {
            count("unavailable");
            LOG.warnf("membership-service unavailable for the facts of %s: %s", Masking.kpj(membershipNumber),
                    e.getMessage());
            throw e;
        }
    }

    private Optional<MemberFacts> fetch(String membershipNumber) {
        HttpResponse<String> response = get(membershipNumber, tokens.token());
        if (response.statusCode() == 401) {
            // the token may have been revoked or signed with a rotated key: one retry with a new one
            tokens.invalidate();
            response = get(membershipNumber, tokens.token());
        }
        return switch (response.statusCode()) {
            case 200 -> parse(response.body(), membershipNumber);
            case 404 -> Optional.empty();
            default -> throw new MembershipUnavailableException("membership-service answered " + response.statusCode());
        };
    }

    private HttpResponse<String> get(String membershipNumber, String token) {
        URI uri = URI.create(base() + "/internal/members/" + membershipNumber + "/facts");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.readTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new MembershipUnavailableException("membership-service did not answer in time (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new MembershipUnavailableException("membership-service cannot be reached (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MembershipUnavailableException("interrupted while asking membership-service", e);
        }
    }

    private String base() {
        String url = config.url().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static Optional<MemberFacts> parse(String body, String membershipNumber) {
        try {
            JsonNode json = JSON.readTree(body);
            if (!membershipNumber.equals(text(json, "membershipNumber"))) {
                throw new MembershipUnavailableException("membership-service answered for another member");
            }
            if (!"ACTIVE".equals(text(json, "status"))) {
                return Optional.empty();
            }
            return Optional.of(new MemberFacts(membershipNumber,
                    LocalDate.parse(required(json, "birthDate")),
                    ParticipantCategory.valueOf(required(json, "participantCategory")),
                    Optional.ofNullable(text(json, "employmentEndDate")).map(LocalDate::parse).orElse(null),
                    count(json, "contributionMonths"),
                    count(json, "jpContributionMonths"),
                    Optional.ofNullable(text(json, "firstContributionMonth")).map(YearMonth::parse).orElse(null),
                    Optional.ofNullable(text(json, "lastContributionMonth")).map(YearMonth::parse).orElse(null)));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            throw new MembershipUnavailableException("membership-service answered facts that cannot be read", e);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode json, String field) {
        String value = text(json, field);
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static int count(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToInt() || value.intValue() < 0) {
            throw new IllegalArgumentException(field + " is not a count");
        }
        return value.intValue();
    }

    private void count(String outcome) {
        meters.counter("claims.membership.lookups", "outcome", outcome).increment();
    }
}
