package id.bpjstk.portal.client;

/**
 * What claims-service's rules say about the member and one claim reason: {@code outcome} is {@code ELIGIBLE},
 * {@code NOT_ELIGIBLE} or {@code NEEDS_INCIDENT_REPORT} (filed on an incident report an officer verifies).
 */
public record Eligibility(boolean eligible, boolean canFile, String outcome, LocalizedText reason, String source) {

    public static final String NEEDS_INCIDENT_REPORT = "NEEDS_INCIDENT_REPORT";

    public boolean needsIncidentReport() {
        return NEEDS_INCIDENT_REPORT.equals(outcome);
    }
}
