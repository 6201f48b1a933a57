package ua.uchast.identity.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import ua.uchast.identity.control.ClaimMapping;

/** Why a resident's sign-in did not complete, as shown on /identity/sign-in-problem?problem=... */
public enum SignInProblem {
    DENIED("identity.problem.denied"),
    FAILED("identity.problem.failed"),
    NO_TAX_NUMBER(ClaimMapping.MISSING_TAX_NUMBER),
    INVALID_TAX_NUMBER(ClaimMapping.INVALID_TAX_NUMBER),
    UNAVAILABLE("identity.problem.unavailable");

    private final String messageKey;

    SignInProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SignInProblem> byMessageKey(String key) {
        return Arrays.stream(values()).filter(problem -> problem.messageKey.equals(key)).findFirst();
    }

    public static SignInProblem byParameter(String parameter) {
        return Arrays.stream(values()).filter(problem -> problem.parameter().equals(parameter)).findFirst().orElse(FAILED);
    }
}
