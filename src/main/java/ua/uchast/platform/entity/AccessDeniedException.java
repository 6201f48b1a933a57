package ua.uchast.platform.entity;

/** The caller's role or hromada does not allow this. Shown as HTTP 403. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
