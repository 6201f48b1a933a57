package ua.uchast.tally.control;

import ua.uchast.tally.entity.Notice;

/** The election cannot be counted by the rule asked for (an unknown rule, or a setting the rule needs is missing). */
public class RuleRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Notice notice;

    public RuleRefusedException(Notice notice) {
        super(notice.code() + " " + notice.arguments());
        this.notice = notice;
    }

    public Notice notice() {
        return notice;
    }
}
