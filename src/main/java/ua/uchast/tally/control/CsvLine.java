package ua.uchast.tally.control;

import java.util.ArrayList;
import java.util.List;

/** The {@code ;}-separated lines of a .pb file, with standard CSV quoting ({@code "a;b"}, {@code ""} for a quote). */
final class CsvLine {

    static final char SEPARATOR = ';';

    private CsvLine() {
    }

    /** Splits one line into fields; returns null for an unterminated quote or text after a closing quote. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int length = line.length();
        while (true) {
            if (i < length && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= length) {
                        return null;
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < length && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < length && line.charAt(i) != SEPARATOR) {
                    return null;
                }
            } else {
                while (i < length && line.charAt(i) != SEPARATOR) {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= length) {
                return fields;
            }
            i++; // the separator
        }
    }

    static String join(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(SEPARATOR);
            }
            line.append(quoteIfNeeded(fields.get(i)));
        }
        return line.toString();
    }

    private static String quoteIfNeeded(String field) {
        boolean needsQuotes = field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
