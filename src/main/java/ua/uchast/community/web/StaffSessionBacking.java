package ua.uchast.community.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;

import org.omnifaces.util.Faces;

import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.Hromada;

/** Who is signed in, for the page header and the staff desk; and signing out. */
@Named
@RequestScoped
public class StaffSessionBacking {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    HromadaCatalog hromadas;

    public StaffMember getMember() {
        return currentStaff.get().orElse(null);
    }

    public Hromada getHromada() {
        return currentStaff.get().map(StaffMember::hromadaId).flatMap(hromadas::byId).orElse(null);
    }

    public boolean isAdministrator() {
        return currentStaff.get().map(StaffMember::isAdministrator).orElse(false);
    }

    /** Signed in as staff, even while a new password or a second factor is still to be set: they may sign out. */
    public boolean isSignedIn() {
        return currentStaff.accountId().isPresent();
    }

    public void signOut() throws ServletException, IOException {
        Faces.getRequest().logout();
        Optional.ofNullable(Faces.getRequest().getSession(false)).ifPresent(session -> session.invalidate());
        Faces.redirect("");
    }
}
