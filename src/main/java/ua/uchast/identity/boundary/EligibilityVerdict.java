package ua.uchast.identity.boundary;

import java.io.Serializable;

/** Whether a resident may do something in a cycle and, if not, why (a UI bundle key, e.g. "eligibility.tooYoung"). */
public record EligibilityVerdict(boolean allowed, String reasonKey) implements Serializable {

    public static EligibilityVerdict granted() {
        return new EligibilityVerdict(true, null);
    }

    public static EligibilityVerdict refused(String reasonKey) {
        return new EligibilityVerdict(false, reasonKey);
    }
}
