package ua.uchast.community.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.StaffSelfService;
import ua.uchast.community.boundary.StaffSelfService.SecondFactorSetup;
import ua.uchast.community.entity.StaffAccount;

/**
 * A staff member's second factor (/staff/second-factor): set it up by scanning a QR code and typing one code from the
 * app; then the recovery codes are shown once. Renew the codes, or turn the factor off where it is not required.
 * View-scoped: the secret being set up stays on the server with the page, never in the form.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffSelfService selfService;

    private SecondFactorSetup setup;
    private List<String> recoveryCodes;
    private String code;
    private String currentPassword;

    public StaffAccount getAccount() {
        return selfService.myAccount();
    }

    /** The setup in progress (a new secret for this page), while the factor is not on. */
    public SecondFactorSetup getSetup() {
        if (setup == null && !getAccount().hasSecondFactor()) {
            setup = selfService.beginSecondFactor();
        }
        return setup;
    }

    public long getUnusedRecoveryCodes() {
        return selfService.unusedRecoveryCodes();
    }

    public void confirm() {
        SecondFactorSetup inProgress = getSetup();
        if (inProgress == null) {
            return;
        }
        recoveryCodes = selfService.confirmSecondFactor(inProgress.secret(), code);
        setup = null;
        code = null;
        Messages.addGlobalInfo("secondFactor.enabled");
    }

    public void renewRecoveryCodes() {
        recoveryCodes = selfService.renewRecoveryCodes();
        Messages.addGlobalInfo("secondFactor.codesRenewed");
    }

    public void disable() throws IOException {
        selfService.disableSecondFactor(currentPassword, Faces.getRemoteAddr());
        Messages.addFlashGlobalInfo("secondFactor.disabled");
        Faces.redirect("staff/second-factor");
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
