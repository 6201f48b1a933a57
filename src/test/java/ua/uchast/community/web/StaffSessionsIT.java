package ua.uchast.community.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.platform.control.DemoData;
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
                DemoData.ADMINISTRATORS.get(1), "loginForm:password", DemoData.PASSWORD));
        assertEquals(200, landed.status());
        assertEquals("/cycle/admin/cycles", landed.uri().getPath(), "back to the page asked for, not the desk");
        assertEquals("sort=year", landed.uri().getQuery());

        Page direct = new WebClient(url).signIn(DemoData.ADMINISTRATORS.get(1), DemoData.PASSWORD);
        assertEquals("/staff/", direct.uri().getPath(), "signing in from the sign-in page itself leads to the desk");
    }
}
