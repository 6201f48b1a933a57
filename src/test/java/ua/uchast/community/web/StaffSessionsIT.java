package ua.uchast.community.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;
import ua.uchast.testsupport.WebClient.Page;

/** Staff sessions over HTTP against the suite's platform: where signing in leads, and when a session ends. */
class StaffSessionsIT {

    private static String url;

    @BeforeAll
    static void platform() {
        url = TestServices.platformUrl();
    }

    @Test
    void staffAreReturnedToThePageTheyAskedForAfterSigningIn() {
        WebClient client = new WebClient(url);
        Page login = client.get("cycle/admin/cycles?sort=year");
        assertTrue(login.uri().getPath().startsWith("/login"), login.uri().toString());
        Page landed = client.submit(login, "loginForm", "signIn", Map.of("loginForm:username",
                CommunityDemo.ADMINISTRATORS.get(1), "loginForm:password", CommunityDemo.PASSWORD));
        assertEquals(200, landed.status());
        assertEquals("/cycle/admin/cycles", landed.uri().getPath(), "back to the page asked for, not the desk");
        assertEquals("sort=year", landed.uri().getQuery());

        Page direct = new WebClient(url).signIn(CommunityDemo.ADMINISTRATORS.get(1), CommunityDemo.PASSWORD);
        assertEquals("/staff/", direct.uri().getPath(), "signing in from the sign-in page itself leads to the desk");
    }

    @Test
    void aDeactivatedOrResetMembersSessionEndsAtOnceAndBothAreAudited() {
        WebClient admin = new WebClient(url);
        admin.signIn(CommunityDemo.ADMINISTRATORS.get(1), CommunityDemo.PASSWORD);
        Page opened = admin.submit(admin.get("community/admin/staff"), "openForm", "open", Map.of("openForm:username",
                "kalynivka.member", "openForm:fullName", "Оксана Член", "openForm:role", "COMMISSION",
                "openForm:password", "початковий-пароль-1"));
        assertTrue(opened.contains("kalynivka.member"), opened.body());
        String accountId = accountIdOf(opened, "kalynivka.member");

        WebClient member = new WebClient(url);
        Page mustChange = member.signIn("kalynivka.member", "початковий-пароль-1");
        assertEquals("/staff/password", mustChange.uri().getPath(), "an account opened for them: their own password first");
        assertEquals("/staff/password", member.get("moderation/queue").uri().getPath(), "whatever page they open");
        Page desk = member.submit(mustChange, "passwordForm", "change", Map.of("passwordForm:currentPassword",
                "початковий-пароль-1", "passwordForm:newPassword", "власний-пароль-член", "passwordForm:repeatedPassword",
                "власний-пароль-член"));
        assertEquals("/staff/", desk.uri().getPath(), desk.body());
        assertTrue(desk.contains("Оксана Член"));

        Page confirm = admin.get("community/admin/staff?confirm=deactivate&account=" + accountId);
        assertTrue(confirm.contains("Вимкнути обліковий запис?"), "deactivation asks first: " + confirm.body());
        admin.submit(confirm, "confirmForm", "deactivate", Map.of());
        Page ended = member.get("staff/");
        assertEquals("/login", ended.uri().getPath(), "the deactivated member's session ended at once");
        assertTrue(ended.contains("Ваш сеанс завершено"), ended.body());
        assertFalse(member.get("staff/").contains("Оксана Член"));

        Page list = admin.get("community/admin/staff");
        admin.submit(list, "accountsForm", "rows:" + rowOf(list, "kalynivka.member") + ":reactivate", Map.of());
        assertEquals("/staff/", member.signIn("kalynivka.member", "власний-пароль-член").uri().getPath(),
                "a deactivation can be undone");
        Page reset = admin.submit(admin.get("community/admin/staff?confirm=reset&account=" + accountId), "confirmForm", "reset",
                Map.of());
        Matcher oneTimePassword = Pattern.compile("Новий одноразовий пароль для kalynivka\\.member: ([a-z2-9-]{19})")
                .matcher(reset.body());
        assertTrue(oneTimePassword.find(), reset.body());
        assertEquals("/login", member.get("staff/").uri().getPath(), "a reset ends the member's session too");
        assertEquals("/staff/password", member.signIn("kalynivka.member", oneTimePassword.group(1)).uri().getPath());

        Page audit = admin.get("audit/admin/log");
        for (String action : new String[] {"Вимкнено обліковий запис", "Знову ввімкнено обліковий запис",
            "Видано новий одноразовий пароль", "Змінено власний пароль", "Вхід"}) {
            assertTrue(audit.contains(action), action);
        }
        assertFalse(audit.contains(oneTimePassword.group(1)), "no password in the audit log");
    }

    /** The account's id, from its "deactivate" link on the staff page. */
    private static String accountIdOf(Page staffPage, String username) {
        Matcher row = Pattern.compile(Pattern.quote(username) + ".*?confirm=deactivate&amp;account=(\\d+)", Pattern.DOTALL)
                .matcher(staffPage.body());
        assertTrue(row.find(), staffPage.body());
        return row.group(1);
    }

    /** The account's row number in the staff table (the rows are sorted by username). */
    private static int rowOf(Page staffPage, String username) {
        Matcher cells = Pattern.compile("<tr>\\s*<td>([^<]+)</td>").matcher(staffPage.body());
        int row = 0;
        while (cells.find()) {
            if (cells.group(1).strip().equals(username)) {
                return row;
            }
            row++;
        }
        throw new AssertionError(username + " not listed");
    }
}
