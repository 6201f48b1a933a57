package ua.uchast.voting.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.web.Ids;
import ua.uchast.voting.boundary.SignedBallotRecords;

/** /voting/admin/signed-ballots?cycle=ID: why signed ballots were refused, and the audited export of signed ballots for a dispute. */
@Named
@ViewScoped
public class SignedBallotsAdminBacking implements Serializable {

    @Inject
    SignedBallotRecords records;
    @Inject
    CycleCatalog cycles;

    private String cycleParam;
    private transient BudgetCycle cycle;
    private transient Map<String, Long> refusals;
    private String reason;

    /** Also when the view returns without what was read for its first showing (a postback, or another node). */
    public void load() {
        if (cycle == null) {
            Long cycleId = Ids.parse(cycleParam);
            refusals = records.refusalsByReason(cycleId);
            cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        }
    }

    public void export() throws IOException {
        Long cycleId = Ids.parse(cycleParam);
        Faces.sendFile("signed-ballots-" + cycleId + ".zip", true, out -> records.exportEvidence(cycleId, reason, out));
    }

    public String getCycleParam() {
        return cycleParam;
    }

    public void setCycleParam(String cycleParam) {
        this.cycleParam = cycleParam;
    }

    public BudgetCycle getCycle() {
        load();
        return cycle;
    }

    public Map<String, Long> getRefusals() {
        load();
        return refusals;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
