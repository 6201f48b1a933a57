package ua.uchast.cycle.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.cycle.boundary.CycleAdministration;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CategoryPlan;
import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.cycle.entity.ResidencyPolicy;
import ua.uchast.cycle.entity.TallyRule;
import ua.uchast.cycle.entity.VotingStyle;
import ua.uchast.cycle.entity.TieBreak;
import ua.uchast.platform.web.Ids;

/** Plan a new cycle or revise one (until voting opens, for anything that changes how votes count). */
@Named
@ViewScoped
public class CycleEditBacking implements Serializable {

    @Inject
    CycleAdministration administration;

    @Inject
    CycleCatalog catalog;

    private String id;
    private CyclePlan plan;
    private boolean rulesFrozen;

    public void load() {
        if (plan != null) {
            return;
        }
        if (id == null) {
            plan = new CyclePlan();
            plan.setYear(catalog.today().getYear() + 1);
            plan.addCategory(new CategoryPlan());
        } else {
            BudgetCycle cycle = administration.cycleToEdit(Ids.parse(id));
            plan = cycle.toPlan();
            rulesFrozen = cycle.rulesFrozenOn(catalog.today());
        }
    }

    public void addCategory() {
        plan.addCategory(new CategoryPlan());
    }

    public void removeCategory(int index) {
        plan.getCategories().remove(index);
    }

    public void save() throws IOException {
        BudgetCycle saved = id == null ? administration.plan(plan) : administration.revise(Ids.parse(id), plan);
        Messages.addFlashGlobalInfo(id == null ? "cycle.planned" : "cycle.revised", saved.title());
        Faces.redirect("cycle/admin/cycles");
    }

    public Integer[] getVoterAges() {
        return new Integer[] {14, 16, 18};
    }

    public ResidencyPolicy[] getResidencyPolicies() {
        return ResidencyPolicy.values();
    }

    public VotingStyle[] getVotingStyles() {
        return VotingStyle.values();
    }

    public TallyRule[] getTallyRules() {
        return TallyRule.values();
    }

    public TieBreak[] getTieBreaks() {
        return TieBreak.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CyclePlan getPlan() {
        return plan;
    }

    public boolean isRulesFrozen() {
        return rulesFrozen;
    }
}
