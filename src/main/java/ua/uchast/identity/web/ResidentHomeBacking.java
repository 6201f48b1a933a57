package ua.uchast.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;

import org.omnifaces.util.Faces;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.identity.boundary.Activity;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.identity.boundary.EligibilityVerdict;
import ua.uchast.identity.boundary.Resident;
import ua.uchast.identity.boundary.ResidentEligibility;

/** A signed-in resident's page: who they are and what they may do in each hromada's current cycle. */
@Named
@RequestScoped
public class ResidentHomeBacking {

    /**
     * One hromada's current cycle, its phase, and the resident's verdicts for it. Whether the resident may act is
     * eligibility; whether anyone may act today is the phase: the page shows both.
     */
    public record CycleStanding(Hromada hromada, BudgetCycle cycle, Phase phase, EligibilityVerdict submit,
            EligibilityVerdict vote) {

        public boolean submissionOpen() {
            return phase == Phase.SUBMISSION;
        }

        public boolean votingOpen() {
            return phase == Phase.VOTING;
        }

        public boolean votingAhead() {
            return phase.compareTo(Phase.VOTING) < 0;
        }
    }

    @Inject
    CurrentResident currentResident;
    @Inject
    ResidentEligibility eligibility;
    @Inject
    HromadaCatalog hromadas;
    @Inject
    CycleCatalog cycles;

    private List<CycleStanding> standings;

    public Optional<Resident> getResident() {
        return currentResident.get();
    }

    public List<CycleStanding> getStandings() {
        if (standings == null) {
            Resident resident = currentResident.get().orElse(null);
            standings = hromadas.all().stream().flatMap(hromada -> cycles.currentOf(hromada.id()).stream()
                    .map(cycle -> new CycleStanding(hromada, cycle, cycles.phaseOf(cycle),
                            eligibility.check(resident, cycle.id(), Activity.SUBMIT),
                            eligibility.check(resident, cycle.id(), Activity.VOTE)))).toList();
        }
        return standings;
    }

    public void signOut() throws ServletException, IOException {
        Faces.getRequest().logout();
        Faces.invalidateSession();
        Faces.redirect("");
    }
}
