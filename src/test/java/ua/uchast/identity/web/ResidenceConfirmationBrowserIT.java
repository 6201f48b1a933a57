package ua.uchast.identity.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.Browser;
import ua.uchast.testsupport.TestServices;

/** A service-centre operator confirms a residence, typing the tax number the way it is often written: in groups. */
class ResidenceConfirmationBrowserIT {

    @Test
    void aTaxNumberTypedWithSpacesIsAccepted() {
        try (Browser browser = Browser.open(TestServices.platformUrl())) {
            browser.steps("confirm-residence", () -> {
                browser.signIn(CommunityDemo.OPERATOR, CommunityDemo.PASSWORD).visit("identity/operator/confirm");
                browser.type("confirmForm:taxNumber", "350 001 1116").clickAndWait("confirmForm:confirm");
                String page = browser.text();
                assertTrue(page.contains("Проживання підтверджено.") || page.contains("вже підтверджено"), page);
                browser.screenshot("residence-confirmed-with-spaces");
            });
        }
    }
}
