package ua.uchast.voting.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.voting.control.BallotCasting.Receipt;

/**
 * The thank-you page after casting (/voting/thanks): the receipt code, shown this once, what it is for, and how to print
 * or copy it. The receipt waits for the page in the session, which the page empties; unlike the Faces flash (kept in
 * one instance's memory), the session travels through the data grid, so the code is shown even when the instance
 * that cast the ballot is gone before the page is asked for.
 */
@Named
@RequestScoped
public class ThanksBacking {

    private static final String RECEIPT = "uchast.voting.receipt";

    /** A receipt on its way to the thank-you page. */
    record ShownReceipt(String code, LocalDateTime castAt, Long cycleId) implements Serializable {
    }

    private Optional<ShownReceipt> receipt;

    /** After a ballot is cast: to the thank-you page, with the receipt for it alone. */
    static void show(Receipt receipt, Long cycleId) throws IOException {
        Faces.setSessionAttribute(RECEIPT, new ShownReceipt(receipt.code().grouped(), receipt.castAt(), cycleId));
        Faces.redirect("voting/thanks");
    }

    private Optional<ShownReceipt> receipt() {
        if (receipt == null) {
            receipt = Faces.getSession(false) == null ? Optional.empty()
                    : Optional.ofNullable(Faces.<ShownReceipt>removeSessionAttribute(RECEIPT));
        }
        return receipt;
    }

    public String getCode() {
        return receipt().map(ShownReceipt::code).orElse(null);
    }

    public LocalDateTime getCastAt() {
        return receipt().map(ShownReceipt::castAt).orElse(null);
    }

    public Long getCycleId() {
        return receipt().map(ShownReceipt::cycleId).orElse(null);
    }
}
