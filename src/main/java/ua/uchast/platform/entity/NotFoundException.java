package ua.uchast.platform.entity;

/** What was asked for does not exist (or is not visible to the caller). Shown as HTTP 404. */
public class NotFoundException extends BusinessException {

    public NotFoundException() {
        super("error.notFound");
    }
}
