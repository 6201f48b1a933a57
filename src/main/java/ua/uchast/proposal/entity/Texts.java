package ua.uchast.proposal.entity;

/** Text as stored: surrounding white space removed, empty text as none. */
final class Texts {

    private Texts() {
    }

    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
