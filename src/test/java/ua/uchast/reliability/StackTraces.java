package ua.uchast.reliability;

import java.util.regex.Pattern;

/** Whether an answer shows a Java stack trace or exception (a page or JSON must never). */
final class StackTraces {

    private static final Pattern STACK_TRACE = Pattern.compile("\\bat (ua|java|jakarta|org|com)\\.[\\w.$]+\\(|"
            + "\\b(java|jakarta|org|com)\\.[\\w.$]+(Exception|Error)\\b");

    private StackTraces() {
    }

    static boolean shownIn(String body) {
        return STACK_TRACE.matcher(body).find();
    }
}
