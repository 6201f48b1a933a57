package ua.uchast.reliability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether an answer shows a Java stack trace or exception (a page or JSON must never). */
final class StackTraces {

    private static final Pattern STACK_TRACE = Pattern.compile("\\bat (ua|java|jakarta|org|com)\\.[\\w.$]+\\(|"
            + "\\b(java|jakarta|org|com)\\.[\\w.$]+(Exception|Error)\\b");

    /** The page's own scripts name exception classes in their settings (e.g. PrimeFaces' error pages): not a leak. */
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?</script>");

    private StackTraces() {
    }

    static boolean shownIn(String body) {
        return STACK_TRACE.matcher(withoutScripts(body)).find();
    }

    /** The part of the answer around the first trace shown, to say what leaked. */
    static String around(String answer) {
        String body = withoutScripts(answer);
        Matcher found = STACK_TRACE.matcher(body);
        return found.find() ? body.substring(Math.max(0, found.start() - 200), Math.min(body.length(), found.end() + 300))
                : "";
    }

    private static String withoutScripts(String body) {
        return SCRIPT.matcher(body).replaceAll("");
    }
}
