package ua.uchast.community.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import ua.uchast.community.boundary.StaffSignIn.Outcome;

/** How this request's sign-in attempt was decided, for the page to say why when the container only says "failed". */
@RequestScoped
public class StaffSignInAttempt {

    private Outcome outcome;

    void decided(Outcome decided) {
        outcome = decided;
    }

    Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
