package ua.uchast.identity.cli;

import java.util.StringJoiner;

/** Writes one flat JSON object by hand (the CLI has only BouncyCastle on its classpath, no JSON library). */
final class JsonObjectWriter {

    private final StringJoiner members = new StringJoiner(",\n  ", "{\n  ", "\n}");

    JsonObjectWriter add(String name, String value) {
        members.add(quote(name) + ": " + (value == null ? "null" : quote(value)));
        return this;
    }

    JsonObjectWriter add(String name, boolean value) {
        members.add(quote(name) + ": " + value);
        return this;
    }

    @Override
    public String toString() {
        return members.toString();
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    // U+2028/U+2029 are legal JSON but break JavaScript parsers that embed the output.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
