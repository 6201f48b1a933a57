package ua.uchast.identity.control;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import ua.uchast.identity.entity.Rnokpp;

/**
 * Reads an uploaded voter list: one РНОКПП per line, alone or as the first column of a CSV (comma or semicolon,
 * optionally quoted). Blank lines and lines starting with # are skipped; everything else must be a valid number.
 */
public final class VoterListParser {

    /** The numbers found and the (1-based) numbers of the lines that are not valid. */
    public record ParsedList(Set<Rnokpp> taxNumbers, List<Integer> invalidLines) {
    }

    private VoterListParser() {
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Reads line by line, so a file of many short lines does not first become as many strings. */
    public static ParsedList parse(String text) {
        Set<Rnokpp> numbers = new LinkedHashSet<>();
        List<Integer> invalid = new ArrayList<>();
        Iterator<String> lines = LINE_BREAK.splitAsStream(text).iterator();
        for (int i = 0; lines.hasNext(); i++) {
            String line = lines.next().strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String first = line.split("[,;]", 2)[0].strip().replace("\"", "").strip();
            if (i == 0 && first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            if (Rnokpp.isValid(first)) {
                numbers.add(Rnokpp.of(first));
            } else {
                invalid.add(i + 1);
            }
        }
        return new ParsedList(numbers, invalid);
    }
}
