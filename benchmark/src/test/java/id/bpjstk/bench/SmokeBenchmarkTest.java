package id.bpjstk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The smoke benchmark on the real servers (our Keycloak, stock Keycloak, membership-service): every section of the
 * report is there with measured numbers. Speed itself is judged by the full run, never here.
 */
class SmokeBenchmarkTest {

    @Test
    void theSmokeRunReportsEveryFigure() throws Exception {
        Path reports = Bench.run(Options.smokeRun());

        JsonNode report = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(report.path("mode").asText()).isEqualTo("smoke");

        JsonNode rounds = report.path("signInRounds");
        assertThat(rounds).hasSize(2 * Options.smokeRun().rounds());
        for (JsonNode round : rounds) {
            assertThat(round.path("ours").path("cpuMillis").asLong()).as("our Keycloak's CPU over a round").isPositive();
            assertThat(round.path("stock").path("cpuMillis").asLong()).as("stock Keycloak's CPU over a round").isPositive();
            assertThat(round.path("ratio").asDouble()).isPositive().isFinite();
        }
        assertThat(report.path("signInRatios").path(Report.TWO_STEP).path("median").asDouble()).isPositive();

        JsonNode api = report.path("api");
        assertThat(api).as("4 endpoints at 16 and 64 connections").hasSize(8);
        for (JsonNode run : api) {
            assertThat(run.path("wrk").path("requests").asLong()).as(run.path("endpoint").asText()).isPositive();
            assertThat(run.path("wrk").path("requestsPerSecond").asDouble()).isPositive();
            assertThat(run.path("wrk").path("p99").asDouble()).isPositive();
            assertThat(run.path("wrk").path("non2xx").asLong()).isZero();
            assertThat(run.path("cpuMillisPerRequest").asDouble()).isGreaterThanOrEqualTo(0);
        }
        assertThat(report.path("registries").get(0).path("members").asInt()).isEqualTo(200);
        assertThat(report.path("memoryMib")).hasSizeGreaterThanOrEqualTo(3);
        report.path("memoryMib").forEach(mib -> assertThat(mib.asDouble()).isGreaterThan(50));
        assertThat(report.path("goals")).isNotEmpty();
        report.path("goals").forEach(goal -> assertThat(goal.path("pass").isNull()).as("no goal judged in smoke mode").isTrue());

        String markdown = Files.readString(reports.resolve("report.md"));
        assertThat(markdown).contains("## Goals", "## 1. Sign-in CPU", "## 2. Member APIs", "## 3. Registry size",
                "## 4. Start-up", "## 5. Memory", "/api/members/me/contributions", "password + second factor");
    }
}
