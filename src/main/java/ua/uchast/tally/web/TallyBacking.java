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
 * A cycle's tally for its administrator: the page shows the cycle and its rules; running the tally (a button, recorded
 * in the audit log) shows every project, won or why not, and the ties. View-scoped, so the button knows the cycle.
 */
@Named
@ViewScoped
public class TallyBacking implements Serializable {

    @Inject
    TallyAdministration administration;

    @Inject
    FormatBacking format;

    private String id;
    private transient BudgetCycle cycle;
    private transient boolean loadTried;
    private transient CycleTally tally;

    /** Opening the page shows the cycle and its rules; nothing is counted yet. */
    public void load() {
        loadTried = true;
        cycle = administration.cycleToTally(Ids.parse(id));
    }

    /** The administrator runs the tally (recorded in the audit log); the result is shown on the same page. */
    public void run() {
        tally = administration.tally(Ids.parse(id));
        cycle = tally.cycle();
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

    public BudgetCycle getCycle() {
        if (cycle == null && !loadTried) {
            load();
        }
        return cycle;
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
