package ua.uchast.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.identity.boundary.CurrentResident;

/** Whether a resident is signed in, for the page header. */
@Named
@RequestScoped
public class ResidentSessionBacking {

    @Inject
    CurrentResident currentResident;

    public boolean isSignedIn() {
        return currentResident.get().isPresent();
    }
}
