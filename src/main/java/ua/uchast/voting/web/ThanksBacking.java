package ua.uchast.voting.web;

import java.io.IOException;
import java.time.LocalDateTime;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.voting.control.BallotCasting.Receipt;

/**
 * The thank-you page after casting (/voting/thanks): the receipt code, shown this once (it travels in the flash scope,
 * which a reload empties), what it is for, and how to print or copy it.
 */
@Named
@RequestScoped
public class ThanksBacking {

    private static final String CODE = "uchast.receipt.code";
    private static final String CAST_AT = "uchast.receipt.castAt";
    private static final String CYCLE = "uchast.receipt.cycle";

    /** After a ballot is cast: to the thank-you page, with the receipt for it alone. */
    static void show(Receipt receipt, Long cycleId) throws IOException {
        Faces.setFlashAttribute(CODE, receipt.code().grouped());
        Faces.setFlashAttribute(CAST_AT, receipt.castAt());
        Faces.setFlashAttribute(CYCLE, cycleId);
        Faces.redirect("voting/thanks");
    }

    public String getCode() {
        return Faces.getFlashAttribute(CODE);
    }

    public LocalDateTime getCastAt() {
        return Faces.getFlashAttribute(CAST_AT);
    }

    public Long getCycleId() {
        return Faces.getFlashAttribute(CYCLE);
    }
}
