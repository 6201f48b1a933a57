package ua.uchast.community.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.StaffSelfService;

/** A staff member changes their own password (/staff/password); after a one-time password, they must. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    StaffSelfService selfService;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public boolean isOneTimePassword() {
        return selfService.myAccount().mustChangePassword();
    }

    public void change() throws IOException {
        selfService.changePassword(currentPassword, newPassword, repeatedPassword, Faces.getRemoteAddr());
        Messages.addFlashGlobalInfo("password.changed");
        Faces.redirect("staff/");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
