package ua.uchast.cycle.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.cycle.boundary.CycleAdministration;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.web.Ids;
import ua.uchast.results.boundary.PublishedResults;
import ua.uchast.voting.boundary.BallotFiles;

/** A cycle's public page: its money, categories, calendar and rules, in plain words. */
@Named
@RequestScoped
public class CyclePageBacking {

    @Inject
    CycleCatalog cycles;

    @Inject
    HromadaCatalog hromadas;

    @Inject
    BallotFiles ballotFiles;

    @Inject
    PublishedResults results;

    @Inject
    CycleAdministration administration;

    private String id;
    private BudgetCycle cycle;
    private Hromada hromada;
    private Optional<BallotFiles.Head> ballotFileHead;

    public void load() {
        Long cycleId = Ids.parse(id);
        cycle = cycles.byId(cycleId).orElseGet(() -> draftPreview(cycleId));
        hromada = hromadas.byId(cycle.hromadaId()).orElseThrow(NotFoundException::new);
    }

    /** The head of the cycle's ballot file, once voting has closed. */
    public BallotFiles.Head getBallotFileHead() {
        if (ballotFileHead == null) {
            ballotFileHead = ballotFiles.head(cycle.id());
        }
        return ballotFileHead.orElse(null);
    }

    /** Whether the cycle's results are published (the page then links to them). */
    public boolean isResultsPublished() {
        return results.current(cycle.id()).isPresent();
    }

    /** A draft is shown only to its hromada's administrators, as everyone will see it once published. */
    private BudgetCycle draftPreview(Long cycleId) {
        if (!Faces.isUserInRole(StaffRole.ADMINISTRATOR.name())) {
            throw new NotFoundException();
        }
        return administration.cycleToEdit(cycleId);
    }

    public Phase getPhase() {
        return cycles.phaseOf(cycle);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BudgetCycle getCycle() {
        return cycle;
    }

    public Hromada getHromada() {
        return hromada;
    }
}
