package ua.uchast.voting.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.platform.web.Ids;

/** /voting/sign-in?cycle=ID: after the resident gate has signed the visitor in, back to the cycle's ballot. */
@Named
@RequestScoped
public class BallotSignIn {

    @Inject
    CurrentResident currentResident;

    private String cycle;

    public void backToBallot() throws IOException {
        if (currentResident.get().isPresent()) {
            Faces.redirect("voting/ballot?cycle=" + Ids.parse(cycle));
        }
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }
}
