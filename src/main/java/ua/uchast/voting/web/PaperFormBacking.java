package ua.uchast.voting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.web.Ids;
import ua.uchast.voting.boundary.PaperBallots;
import ua.uchast.voting.entity.BallotForm;

/** /voting/staff/paper-form?cycle=ID: the paper ballot to print for service centres (A4), with each project's number. */
@Named
@RequestScoped
public class PaperFormBacking {

    @Inject
    PaperBallots paperBallots;
    @Inject
    CycleCatalog cycles;
    @Inject
    HromadaCatalog hromadas;

    private String cycleParam;
    private BallotForm form;
    private BudgetCycle cycle;
    private Hromada hromada;

    public void load() {
        Long cycleId = Ids.parse(cycleParam);
        form = paperBallots.printable(cycleId);
        cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        hromada = hromadas.byId(cycle.hromadaId()).orElseThrow(NotFoundException::new);
    }

    public String getCycleParam() {
        return cycleParam;
    }

    public void setCycleParam(String cycleParam) {
        this.cycleParam = cycleParam;
    }

    public BallotForm getForm() {
        return form;
    }

    public BudgetCycle getCycle() {
        return cycle;
    }

    public Hromada getHromada() {
        return hromada;
    }
}
