package ua.uchast.tally.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.platform.web.FormatBacking;
import ua.uchast.platform.web.Ids;
import ua.uchast.platform.control.UiText;
import ua.uchast.tally.boundary.CategoryTally;
import ua.uchast.tally.boundary.CycleTally;
import ua.uchast.tally.boundary.TallyAdministration;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.ProjectOutcome;
import ua.uchast.tally.entity.Tie;

/** A cycle's tally for its administrator: every project, won or why not, the rule, the ties. */
@Named
@RequestScoped
public class TallyBacking {

    @Inject
    TallyAdministration administration;

    @Inject
    FormatBacking format;

    private String id;
    private CycleTally tally;

    public void load() {
        tally = administration.tally(Ids.parse(id));
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
