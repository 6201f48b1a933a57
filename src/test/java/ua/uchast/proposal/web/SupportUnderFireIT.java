package ua.uchast.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.identity.control.TaxNumberHasher;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.testsupport.AllAtOnce;
import ua.uchast.testsupport.HostileRecord;
import ua.uchast.testsupport.PlatformDatabase;
import ua.uchast.testsupport.ResidentSignIn;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;
import ua.uchast.voting.DemoVoting;

/**
 * One resident supports one project 200 times at once (20 sessions of theirs, 10 pages each, all pressing “support”
 * together) on the suite's platform: exactly one support is kept, every other press is told it was already counted.
 * The demo cycle collecting proposals gets a supporters' threshold for the test, and loses it after.
 */
class SupportUnderFireIT {

    private static final int SESSIONS = 20;
    private static final int PAGES_PER_SESSION = 10;

    @Test
    void twoHundredSimultaneousSupportsOfOneProjectByOneResidentLeaveOne() throws Exception {
        long cycleId = DemoVoting.cycleIn(CommunityDemo.VYSHNEVA, "SUBMISSION");
        long projectId = PlatformDatabase.count("SELECT MIN(id) FROM project WHERE cycle_id = ? AND status = 'SUBMITTED'",
                cycleId);
        PlatformDatabase.execute("UPDATE budget_cycle SET supporters_threshold = 3 WHERE id = ?", cycleId);
        try {
            Rnokpp supporter = DemoVoting.newPerson();
            List<Callable<Callable<List<Callable<String>>>>> sessions = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                sessions.add(() -> () -> pressesIn(ResidentSignIn.as(TestServices.platformUrl(), supporter), projectId));
            }
            List<Callable<String>> presses = new ArrayList<>();
            for (Callable<List<Callable<String>>> session : AllAtOnce.run(sessions, 4)) {
                presses.addAll(session.call());
            }

            Map<String, Long> outcomes = AllAtOnce.run(presses, 64).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

            assertEquals(Map.of("supported", 1L, "already", (long) presses.size() - 1), outcomes);
            String residentKey = new TaxNumberHasher(TestServices.RESIDENT_KEY_SECRET.getBytes(StandardCharsets.UTF_8))
                    .keyOf(supporter).hex();
            assertEquals(1, PlatformDatabase.count("SELECT COUNT(*) FROM project_support s JOIN resident r ON r.id = "
                    + "s.resident_id WHERE s.project_id = ? AND r.resident_key = ?", projectId, residentKey),
                    "one support row for the resident");
            HostileRecord.note(SupportUnderFireIT.class, "simultaneous supports of one project by one resident ("
                    + SESSIONS + " sessions)", presses.size(), "one support kept, " + (presses.size() - 1)
                    + " told it was already counted");
        } finally {
            PlatformDatabase.execute("UPDATE budget_cycle SET supporters_threshold = NULL WHERE id = ?", cycleId);
        }
    }

    /** Opens the project page ten times in the session; each press of “support” is sent from a tab of its own. */
    private static List<Callable<String>> pressesIn(WebClient resident, long projectId) {
        List<Callable<String>> presses = new ArrayList<>();
        for (int i = 0; i < PAGES_PER_SESSION; i++) {
            WebClient tab = resident.sameSession();
            WebClient.Page page = tab.get("proposal/project?id=" + projectId);
            assertTrue(page.contains("actions:support"), page.body());
            presses.add(() -> {
                WebClient.Page answer = tab.submit(page, "actions", "support", Map.of());
                if (answer.contains("Дякуємо: вашу підтримку враховано.")) {
                    return "supported";
                }
                assertTrue(answer.contains("Ви вже підтримали цей проєкт."), answer.body());
                return "already";
            });
        }
        return presses;
    }
}
