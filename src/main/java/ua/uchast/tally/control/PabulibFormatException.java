package ua.uchast.tally.control;

/** A .pb file that cannot be read; {@link #lineNumber()} is 1-based (0 when the problem has no single line). */
public class PabulibFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final String problem;

    public PabulibFormatException(int lineNumber, String problem) {
        super("line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
        this.problem = problem;
    }

    public int lineNumber() {
        return lineNumber;
    }

    /** The message without the line number. */
    public String problem() {
        return problem;
    }
}
