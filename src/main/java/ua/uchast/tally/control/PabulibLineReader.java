package ua.uchast.tally.control;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

import ua.uchast.tally.entity.NoticeCode;

/**
 * The lines of a .pb file, ended by LF, CR or CRLF, each at most {@value #MAX_LINE_CHARS} characters long: a file
 * without line breaks cannot make the reader hold more than one such line. Counts lines from 1.
 */
final class PabulibLineReader {

    static final int MAX_LINE_CHARS = 1 << 20;

    private final Reader reader;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private int lineNumber;

    PabulibLineReader(Reader reader) {
        this.reader = reader;
    }

    /** The next line without its ending, or null at the end of the file (then {@link #lineNumber()} is the last line). */
    String next() throws IOException, PabulibFormatException {
        line.setLength(0);
        lineNumber++;
        while (true) {
            if (position == limit && !fill()) {
                if (line.length() == 0) {
                    lineNumber--;
                    return null;
                }
                return line.toString();
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int end = position;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            if (line.length() + end - position > MAX_LINE_CHARS) {
                throw new PabulibFormatException(lineNumber, NoticeCode.LINE_TOO_LONG, Integer.toString(MAX_LINE_CHARS));
            }
            line.append(buffer, position, end - position);
            position = end;
            if (end < limit) {
                skipLineFeed = buffer[position++] == '\r';
                return line.toString();
            }
        }
    }

    int lineNumber() {
        return lineNumber;
    }

    private boolean fill() throws IOException, PabulibFormatException {
        try {
            limit = reader.read(buffer);
        } catch (CharacterCodingException e) {
            throw new PabulibFormatException(lineNumber, NoticeCode.NOT_UTF8);
        }
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }
}
