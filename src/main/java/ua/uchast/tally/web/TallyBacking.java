package ua.uchast.tally.web;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.web.FormatBacking;
import ua.uchast.platform.web.Ids;
import ua.uchast.platform.control.UiText;
import ua.uchast.tally.boundary.CategoryTally;
import ua.uchast.tally.boundary.CycleTally;
import ua.uchast.tally.boundary.TallyAdministration;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.ProjectOutcome;
import ua.uchast.tally.entity.Tie;

/**
 * A cycle's tally for its administrator: opening the page shows the cycle and its rules; running the tally (an action,
 * audited) shows every project, won or why not, and the ties. Publishing the result follows on the same page, which
 * keeps the tally while it stays open (view-scoped), so a refused publication is shown next to the tally it was about.
 */
@Named
@ViewScoped
public class TallyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TallyAdministration administration;

    @Inject
    FormatBacking format;

    private String id;
    private transient BudgetCycle cycle;
    private transient CycleTally tally;

    /** Refuses another hromada's cycle, anyone but its administrator, or a cycle still voting; writes nothing. */
    public void load() {
        cycle = administration.cycleToTally(Ids.parse(id));
    }

    public void run() {
        tally = administration.tally(Ids.parse(id));
        cycle = tally.cycle();
    }

    public BudgetCycle getCycle() {
        return cycle;
    }

    public String projectName(CategoryTally category, ProjectOutcome outcome) {
        return category.projectNames().getOrDefault(outcome.projectId(), "");
    }

    /** "1 500 000 грн", or "1 331 751,11 PLN" for an imported election: an amount of the category's result. */
    public String money(CategoryTally category, long units) {
        return format.amount(category.amount(units), category.currency());
    }

    /** A warning of the engine, in the viewer's language. */
    public String notice(Notice notice) {
        return UiText.format(Faces.getLocale(), notice.messageKey(), notice.messageArguments());
    }

    /** "Equal: 24, 930. Order decided by: the cheaper project first." */
    public String tie(CategoryTally category, Tie tie) {
        String projects = tie.projectIds().stream().map(projectId -> projectId + " "
                + category.projectNames().getOrDefault(projectId, "")).map(String::strip)
                .collect(Collectors.joining(", "));
        String decidedBy = tie.decidedBy().stream()
                .map(criterion -> UiText.format(Faces.getLocale(), "tieCriterion." + criterion))
                .collect(Collectors.joining(", "));
        return UiText.format(Faces.getLocale(), "tally.tie", projects, decidedBy);
    }

    public List<CategoryTally> getCategories() {
        return tally == null ? List.of() : tally.categories();
    }

    public CycleTally getTally() {
        return tally;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
