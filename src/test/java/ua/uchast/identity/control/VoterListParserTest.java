package ua.uchast.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class VoterListParserTest {

    @Test
    void readsPlainLinesAndTheFirstCsvColumnSkippingCommentsAndBlanks() {
        VoterListParser.ParsedList parsed = VoterListParser.parse(
                "\uFEFF3300912347\r\n# a comment\n\n\"3135245679\";Іваненко\n3300900138, Петренко\n3300912347\n");
        assertEquals(3, parsed.taxNumbers().size());
        assertEquals(List.of(), parsed.invalidLines());
    }

    @Test
    void reportsInvalidLinesByNumber() {
        VoterListParser.ParsedList parsed = VoterListParser.parse("3300912347\n3300912340\nrnokpp\n12345\n3135245679");
        assertEquals(List.of(2, 3, 4), parsed.invalidLines());
    }
}
