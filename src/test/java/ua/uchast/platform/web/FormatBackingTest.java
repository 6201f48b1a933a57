package ua.uchast.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import ua.uchast.platform.control.UiText;

class FormatBackingTest {

    @Test
    void fileSizesAreWrittenForPeopleNotAsFractionsOfAKilobyte() {
        assertEquals("78,5 КБ", FormatBacking.fileSize(80_428, UiText.UKRAINIAN), "not 78.5439453125 KB");
        assertEquals("640 байт", FormatBacking.fileSize(640, UiText.UKRAINIAN));
        assertEquals("4,2 МБ", FormatBacking.fileSize(4_404_019, UiText.UKRAINIAN));
        assertEquals("312 КБ", FormatBacking.fileSize(319_488, UiText.UKRAINIAN));
        assertEquals("78.5 KB", FormatBacking.fileSize(80_428, Locale.ENGLISH));
    }
}
