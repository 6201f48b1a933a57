package ua.uchast.tally.entity;

import java.util.List;
import java.util.stream.Stream;

/** A warning or refusal: its code, the 1-based line of the file it is about (0: none), and what it names. */
public record Notice(NoticeCode code, int line, List<String> arguments) {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public static Notice of(NoticeCode code, String... arguments) {
        return new Notice(code, 0, List.of(arguments));
    }

    public static Notice atLine(int line, NoticeCode code, String... arguments) {
        return new Notice(code, line, List.of(arguments));
    }

    /** The UI message of the code. */
    public String messageKey() {
        return "tally.notice." + code.name();
    }

    /** The message's arguments: the line first (as text, so it is not grouped like an amount), then the notice's. */
    public Object[] messageArguments() {
        return Stream.concat(Stream.of(Integer.toString(line)), arguments.stream()).toArray();
    }
}
