package ua.uchast.platform.entity;

/** Text as stored: surrounding white space removed, empty text as none. */
public final class Texts {

    private Texts() {
    }

    public static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
