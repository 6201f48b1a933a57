package ua.uchast.identity.cli;

import java.util.List;

/** Bad command-line usage or an unreadable input file; the message tells the operator which. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }

    /** The value following an option such as {@code --trust DIR}. */
    static String valueAfter(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }
}
