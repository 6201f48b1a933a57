package ua.uchast.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;
import ua.uchast.testsupport.WebClient.Page;

/** The staff's residency forms answer with a redirect (post-redirect-get): refreshing the answer sends nothing again. */
class ResidencyFormsHttpIT {

    private static String url;

    @BeforeAll
    static void platform() {
        url = TestServices.platformUrl();
    }

    @Test
    void anUploadedVoterListIsConfirmedOnAFreshPageSoARefreshDoesNotUploadItAgain() {
        WebClient admin = new WebClient(url);
        admin.signIn(CommunityDemo.ADMINISTRATORS.get(1), CommunityDemo.PASSWORD);
        Page form = admin.get("identity/admin/voter-list");
        Page answer = admin.submitWithFile(form, "voterListForm", "upload", "voterListForm:list", "list.csv",
                "3300912347\n3135245679\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, answer.status());
        assertEquals("GET", answer.response().request().method(), "the answer is a page of its own, reached by a redirect");
        assertTrue(answer.contains("Список виборців замінено: 2 осіб."), answer.body());
        assertTrue(answer.uri().getPath().endsWith("/identity/admin/voter-list"));
    }

    @Test
    void aConfirmationIsAnsweredOnAFreshEmptyFormSoARefreshDoesNotConfirmAgain() {
        WebClient operator = new WebClient(url);
        operator.signIn(CommunityDemo.OPERATOR, CommunityDemo.PASSWORD);
        Page form = operator.get("identity/operator/confirm");
        Page answer = operator.submit(form, "confirmForm", "confirm", Map.of("confirmForm:taxNumber", "3135245679"));
        assertEquals("GET", answer.response().request().method());
        assertTrue(answer.contains("Проживання підтверджено.") || answer.contains("вже підтверджено"), answer.body());
        assertTrue(answer.form("confirmForm").getOrDefault("confirmForm:taxNumber", "").isEmpty());
        Page refused = operator.submit(answer, "confirmForm", "confirm", Map.of("confirmForm:taxNumber", "3135245670"));
        assertEquals("POST", refused.response().request().method(), "a refusal stays on the form with what was typed");
        assertTrue(refused.contains("3135245670"));
    }
}
