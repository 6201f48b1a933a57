package ua.uchast.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The page a resident sees when sign-in through the identity provider did not complete. */
@Named
@RequestScoped
public class SignInProblemBacking {

    private String problem;

    public String getMessageKey() {
        return SignInProblem.byParameter(problem).messageKey();
    }

    public boolean isRetryPossible() {
        return SignInProblem.byParameter(problem) != SignInProblem.UNAVAILABLE;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }
}
