package ua.uchast.platform.entity;

import java.util.List;

/**
 * A refusal a user should read as a message, not as an error page. The message key points into the UI bundle;
 * the web layer turns every such exception into messages in one place.
 */
public abstract class BusinessException extends RuntimeException {

    private final transient List<Object> arguments;
    private final String messageKey;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
