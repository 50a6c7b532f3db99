package id.bpjstk.systemtest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The accessibility check of a page: axe-core (Deque's, bundled in its Selenium jar, run in the real browser) over the
 * page as it is now, WCAG 2.1 A and AA rules. A serious or critical violation fails the test and names the rule and
 * the elements; the full result is kept under {@code target/accessibility/<label>.json}.
 */
public final class Accessibility {

    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Runs axe-core on the browser's current page; fails on any serious or critical violation. */
    public static void assertNoSeriousViolations(RealBrowser browser, String label) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
        keep(results, label);
        List<Rule> failing = results.getViolations().stream().filter(rule -> FAILING.contains(rule.getImpact())).toList();
        assertThat(failing).as("serious or critical accessibility violations on %s (%s):%n%s", label, browser.where(),
                failing.stream().map(Accessibility::describe).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static String describe(Rule rule) {
        return "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    private static void keep(Results results, String label) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("realbrowser.screenshots", "target/screenshots"))
                    .resolveSibling("accessibility"));
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(results.getViolations());
            Files.writeString(dir.resolve(label.replaceAll("[^A-Za-z0-9._-]", "-") + ".json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
