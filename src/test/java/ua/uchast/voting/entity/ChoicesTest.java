package ua.uchast.voting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A choice reads the same however it was made: categories and projects in order, empty categories left out. */
class ChoicesTest {

    @Test
    void theCanonicalTextIsOrderedAndCompact() {
        Choices choices = Choices.of(Map.of(13L, List.of(205L), 12L, List.of(102L, 101L), 14L, List.of()));
        assertEquals("{\"12\":[101,102],\"13\":[205]}", choices.canonical());
        assertEquals(3, choices.size());
        assertEquals(choices, Choices.parse(choices.canonical()));
    }

    @Test
    void onlyTheCanonicalTextIsRead() {
        for (String other : new String[] {"{\"12\":[102,101]}", "{ \"12\":[101]}", "{\"13\":[1],\"12\":[1]}", "{\"12\":[]}",
                "{\"12\":[1,1]}", "[]", "", "{\"a\":[1]}"}) {
            assertThrows(IllegalArgumentException.class, () -> Choices.parse(other), other);
        }
        assertTrue(Choices.parse("{}").isEmpty());
    }
}
