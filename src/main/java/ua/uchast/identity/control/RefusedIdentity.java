package ua.uchast.identity.control;

/** The provider signed a person in, but what it sent cannot identify a resident; the UI bundle key says why. */
public class RefusedIdentity extends RuntimeException {

    private final String reasonKey;

    public RefusedIdentity(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
