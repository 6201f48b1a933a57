package ua.uchast.tally.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.PlatformDatabase;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;
import ua.uchast.voting.DemoVoting;

/**
 * The tally pages against the suite's Payara with the demo data: a refusal made before the page is built speaks the
 * page's language, not the browser's; the groups page of a cycle already voting says it is frozen; other roles and
 * hromadas are refused; opening the tally page counts and records nothing, running the tally is a button that is audited.
 */
class TallyPagesHttpIT {

    /** The demo hromada's cycle in its voting phase, by the Tally link of its row in the list of cycles. */
    private static String votingCycleId(WebClient admin) {
        String cycles = admin.get("cycle/admin/cycles").body();
        for (String row : cycles.split("<tr>")) {
            Matcher tally = Pattern.compile("tally/admin/tally\\?id=(\\d+)").matcher(row);
            if (row.contains(">Голосування<") && tally.find()) {
                return tally.group(1);
            }
        }
        throw new AssertionError("no cycle in voting among the demo cycles:\n" + cycles);
    }

    @Test
    void aTallyRefusedWhileVotingIsOpenIsExplainedInUkrainianEvenToAnEnglishBrowser() {
        WebClient admin = new WebClient(TestServices.platformUrl()).acceptingLanguages("en-US,en;q=0.9");
        admin.signIn(CommunityDemo.ADMINISTRATORS.get(0), CommunityDemo.PASSWORD);

        WebClient.Page page = admin.get("tally/admin/tally?id=" + votingCycleId(admin));

        assertTrue(page.contains("Підрахунок доступний після завершення голосування"), page.body());
        assertFalse(page.contains("The tally is available"), page.body());
        assertTrue(admin.get("tally/admin/tally?id=" + votingCycleId(admin) + "&lang=en")
                .contains("The tally is available once voting has closed"), "English when English is chosen");
    }

    @Test
    void openingTheTallyPageRecordsNothingAndRunningTheTallyIsRecordedOnce() {
        long cycle = DemoVoting.cycleIn(CommunityDemo.VYSHNEVA, "IMPLEMENTATION");
        WebClient admin = new WebClient(TestServices.platformUrl());
        admin.signIn(CommunityDemo.ADMINISTRATORS.get(0), CommunityDemo.PASSWORD);
        long runsBefore = tallyRuns(cycle);

        WebClient.Page page = admin.get("tally/admin/tally?id=" + cycle);
        admin.get("tally/admin/tally?id=" + cycle);

        assertEquals(200, page.status());
        assertTrue(page.contains("id=\"rules\"") && page.contains("Підрахувати голоси"), page.body());
        assertFalse(page.contains("class=\"plain tally\""), "no result before the tally is run");
        assertEquals(runsBefore, tallyRuns(cycle), "opening the page twice wrote nothing to the audit log");

        WebClient.Page result = admin.submit(page, "runForm", "run", Map.of());

        assertEquals(200, result.status());
        assertTrue(result.contains("class=\"plain tally\"") || result.contains("ще немає бюлетенів"), result.body());
        assertFalse(result.contains("id=\"runForm\""), "the result replaces the button");
        assertEquals(runsBefore + 1, tallyRuns(cycle), "the run is recorded once");
    }

    private static long tallyRuns(long cycleId) {
        return PlatformDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'tally.run' AND subject_id = ?", cycleId);
    }

    @Test
    void theGroupsPageOfACycleAlreadyVotingIsFrozenAndOnlyItsAdministratorMayOpenIt() {
        WebClient admin = new WebClient(TestServices.platformUrl());
        admin.signIn(CommunityDemo.ADMINISTRATORS.get(0), CommunityDemo.PASSWORD);
        String cycle = votingCycleId(admin);

        WebClient.Page page = admin.get("tally/admin/exclusions?id=" + cycle);

        assertEquals(200, page.status());
        assertTrue(page.contains("Взаємовиключні проєкти") && page.contains("групи вже не можна змінити"), page.body());
        assertFalse(page.contains("id=\"declareForm\""), "no form to declare a group once voting has opened");

        WebClient otherAdmin = new WebClient(TestServices.platformUrl());
        otherAdmin.signIn(CommunityDemo.ADMINISTRATORS.get(1), CommunityDemo.PASSWORD);
        assertEquals(403, otherAdmin.get("tally/admin/exclusions?id=" + cycle).status());
        WebClient commission = new WebClient(TestServices.platformUrl());
        commission.signIn(CommunityDemo.COMMISSION_MEMBER, CommunityDemo.PASSWORD);
        assertEquals(403, commission.get("tally/admin/exclusions?id=" + cycle).status());
        assertEquals(404, admin.get("tally/admin/exclusions?id=abc").status());
    }
}
