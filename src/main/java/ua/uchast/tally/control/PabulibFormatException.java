package ua.uchast.tally.control;

import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.NoticeCode;

/** A .pb file that cannot be read: the notice names the code, the 1-based line (0 when there is no single line) and what is wrong. */
public class PabulibFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Notice notice;

    public PabulibFormatException(int lineNumber, NoticeCode code, String... arguments) {
        this(Notice.atLine(lineNumber, code, arguments));
    }

    public PabulibFormatException(Notice notice) {
        super("line " + notice.line() + ": " + notice.code() + " " + notice.arguments());
        this.notice = notice;
    }

    public int lineNumber() {
        return notice.line();
    }

    public NoticeCode code() {
        return notice.code();
    }

    public Notice notice() {
        return notice;
    }
}
