package ua.uchast.voting.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Territory;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.ResidencyPolicy;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.web.Ids;
import ua.uchast.voting.boundary.PaperBallot;
import ua.uchast.voting.boundary.PaperBallots;
import ua.uchast.voting.control.BallotCasting.Receipt;
import ua.uchast.voting.entity.BallotForm;

/**
 * /voting/operator/paper?cycle=ID: a service-centre operator enters a paper ballot after checking the voter's passport,
 * gets the receipt code to hand over, and goes on with an empty form for the next one.
 */
@Named
@ViewScoped
public class PaperEntryBacking implements Serializable {

    @Inject
    PaperBallots paperBallots;
    @Inject
    CycleCatalog cycles;
    @Inject
    HromadaCatalog hromadas;

    private String cycleParam;
    private Long cycleId;
    private PaperBallot paper = new PaperBallot();
    private String lastReceipt;
    private transient BallotForm form;
    private transient BudgetCycle cycle;

    public void load() {
        if (cycleId == null) {
            cycleId = Ids.parse(cycleParam);
        }
        getForm();
    }

    public void enter() {
        Receipt receipt = paperBallots.enter(cycleId, paper);
        lastReceipt = receipt.code().grouped();
        paper = new PaperBallot();
        Messages.addGlobalInfo("voting.paper.entered");
    }

    public BallotForm getForm() {
        if (form == null) {
            form = paperBallots.formToEnter(cycleId);
        }
        return form;
    }

    public BudgetCycle getCycle() {
        if (cycle == null) {
            cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        }
        return cycle;
    }

    public List<Territory> getSettlements() {
        return hromadas.byId(getCycle().hromadaId()).orElseThrow(NotFoundException::new).territories().stream()
                .filter(territory -> territory.kind() == TerritoryKind.SETTLEMENT).toList();
    }

    public boolean isDeclarationAsked() {
        return getCycle().rules().residencyPolicy() == ResidencyPolicy.SIGNED_DECLARATION;
    }

    public String getCycleParam() {
        return cycleParam;
    }

    public void setCycleParam(String cycleParam) {
        this.cycleParam = cycleParam;
    }

    public PaperBallot getPaper() {
        return paper;
    }

    public String getLastReceipt() {
        return lastReceipt;
    }
}
