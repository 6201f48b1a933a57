package ua.uchast.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import ua.uchast.platform.control.MailSettings;
import ua.uchast.proposal.boundary.ProjectDecided;
import ua.uchast.proposal.entity.ProjectEvent;

/** What the author of a project is told, in Ukrainian and English, with a link back to the project. */
class AuthorMailerTest {

    private static final MailSettings SETTINGS = new MailSettings(Optional.of("127.0.0.1"), 25, "uchast@test.localhost",
            Optional.empty(), Optional.empty(), false, Optional.of("https://uchast.example/"));

    private static final AuthorMailer MAILER = new AuthorMailer(SETTINGS, null);

    @Test
    void theAuthorIsToldWhatToChange() {
        AuthorMailer.Letter letter = MAILER.letterAbout(new ProjectDecided(42L, "Лавки в парку", "Олег", "author@example.org",
                ProjectEvent.REVISION_REQUESTED, "Додайте фото місця")).orElseThrow();
        assertEquals("author@example.org", letter.recipient());
        assertTrue(letter.subject().contains("Лавки в парку"));
        String text = letter.body();
        assertTrue(text.contains("Додайте фото місця"), text);
        assertTrue(text.contains("доопрацювати"), text);
        assertTrue(text.contains("asks you to revise"), text);
        assertTrue(text.contains("https://uchast.example/proposal/project?id=42"), text);
    }

    @Test
    void withoutAnAddressThereIsNoLetter() {
        assertTrue(MAILER.letterAbout(new ProjectDecided(1L, "T", "A", null, ProjectEvent.ACCEPTED, null)).isEmpty());
    }
}
