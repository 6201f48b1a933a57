package ua.uchast.identity.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.identity.boundary.ResidencyAdministration;

/**
 * A service-centre operator confirms, after checking the documents, that a person lives in the hromada; the answer
 * comes after a redirect, so refreshing the page does not confirm again, and the form is empty for the next person.
 */
@Named
@RequestScoped
public class ResidencyConfirmationBacking {

    @Inject
    ResidencyAdministration administration;

    private String taxNumber;

    public void confirm() throws IOException {
        boolean confirmedNow = administration.confirmResidence(digitsOf(taxNumber));
        Messages.addFlashGlobalInfo(confirmedNow ? "identity.confirm.done" : "identity.confirm.already");
        Faces.redirect("identity/operator/confirm");
    }

    /** The number as people write it, in groups ("350 001 1116", "350-001-1116"), with the separators taken out. */
    static String digitsOf(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s\\u00A0\\u2007\\u202F-]", "");
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }
}
