package ua.uchast.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** An automated WCAG 2.1 AA check (axe-core) of the page the browser shows: no serious or critical violation. */
public final class Accessibility {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    public static void assertNoSeriousViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertTrue(serious.isEmpty(), () -> page + ": " + serious.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): "
                + rule.getHelp() + " at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));
    }
}
