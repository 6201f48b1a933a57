package ua.uchast.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import ua.uchast.identity.boundary.ResidencyAdministration;

/** A service-centre operator confirms, after checking the documents, that a person lives in the hromada. */
@Named
@RequestScoped
public class ResidencyConfirmationBacking {

    @Inject
    ResidencyAdministration administration;

    private String taxNumber;

    public void confirm() {
        boolean confirmedNow = administration.confirmResidence(taxNumber);
        Messages.addGlobalInfo(confirmedNow ? "identity.confirm.done" : "identity.confirm.already");
        taxNumber = null;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }
}
