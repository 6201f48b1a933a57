package ua.uchast.results.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonArrayBuilder;

import org.omnifaces.util.Faces;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.control.UiText;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.web.FormatBacking;
import ua.uchast.platform.web.Ids;
import ua.uchast.results.boundary.PublishedResults;
import ua.uchast.results.entity.CategoryResult;
import ua.uchast.results.entity.ProjectLine;
import ua.uchast.results.entity.PublishedResult;
import ua.uchast.results.entity.TieLine;
import ua.uchast.results.entity.VersionDifference;
import ua.uchast.results.entity.VersionSummary;
import ua.uchast.tally.boundary.BallotFile;

/**
 * A cycle's published results for everyone (and its protocol, the printable page of a version): the current version
 * or the one asked for, every version with what it changed, charts with their tables, the winners' map, the ballot
 * file's head, downloads and how to recount. Before publication the page says when the results are due.
 */
@Named
@RequestScoped
public class ResultsPageBacking {

    @Inject
    CycleCatalog cycles;
    @Inject
    HromadaCatalog hromadas;
    @Inject
    PublishedResults results;
    @Inject
    FormatBacking format;

    private String cycleId;
    private String version;
    private BudgetCycle cycle;
    private Hromada hromada;
    private List<VersionSummary> versions;
    private PublishedResult result;

    public void load() {
        cycle = cycles.byId(Ids.parse(cycleId)).orElseThrow(NotFoundException::new);
        hromada = hromadas.byId(cycle.hromadaId()).orElseThrow(NotFoundException::new);
        versions = results.versions(cycle.id());
        if (version != null) {
            result = results.version(cycle.id(), Ids.parse(version).intValue()).orElseThrow(NotFoundException::new);
        } else if (!versions.isEmpty()) {
            result = results.version(cycle.id(), versions.get(0).number()).orElseThrow(NotFoundException::new);
        }
    }

    public boolean isPublished() {
        return result != null;
    }

    public boolean isCurrent() {
        return result != null && result.number() == versions.get(0).number();
    }

    /** What this version changed against the one before it; null for the first. */
    public VersionDifference getDifference() {
        return result == null ? null : results.difference(cycle.id(), result.number()).orElse(null);
    }

    /** An amount of the result: "1 500 000 грн", or exactly in an imported election's currency. */
    public String money(long units) {
        return format.amount(BigDecimal.valueOf(units, result.amountScale()), result.currency());
    }

    /** "Equal: 24 Лавки, 930 Світло. Order decided by: the cheaper project first." */
    public String tie(CategoryResult category, TieLine tie) {
        String projects = tie.projectIds().stream().map(category::titleOf).collect(Collectors.joining(", "));
        String decidedBy = tie.decidedBy().stream().map(criterion -> UiText.format(Faces.getLocale(), "tieCriterion." + criterion))
                .collect(Collectors.joining(", "));
        return UiText.format(Faces.getLocale(), "tally.tie", projects, decidedBy);
    }

    /** The bar chart of a category's votes, winners in green. */
    public String votesChart(CategoryResult category) {
        List<ProjectLine> lines = category.winnersFirst();
        return Charts.bars(lines.stream().map(line -> shortened(line.title())).toList(), true, false,
                new Charts.Series(UiText.format(Faces.getLocale(), "tally.votes"), lines.stream().map(ProjectLine::votes).toList(),
                        lines.stream().map(line -> line.won() ? Charts.WON : Charts.LOST).toList()));
    }

    public int chartHeight(CategoryResult category) {
        return Charts.heightFor(category.lines().size());
    }

    /** The budget of each category: spent on winners, and left. */
    public String budgetChart() {
        List<CategoryResult> categories = result.categories();
        return Charts.bars(categories.stream().map(CategoryResult::name).toList(), true, true,
                new Charts.Series(UiText.format(Faces.getLocale(), "results.spent"),
                        categories.stream().map(category -> whole(category.spent())).toList(), List.of(Charts.FIRST)),
                new Charts.Series(UiText.format(Faces.getLocale(), "results.left"),
                        categories.stream().map(category -> whole(category.left())).toList(), List.of(Charts.SECOND)));
    }

    /** The winners with a place, for the map: [{lat, lon, title, url}]. */
    public String getWinnersOnMap() {
        JsonArrayBuilder winners = JSON.createArrayBuilder();
        result.categories().stream().flatMap(category -> category.winners().stream()).filter(ProjectLine::hasPlace)
                .forEach(line -> winners.add(JSON.createObjectBuilder().add("lat", line.latitude()).add("lon", line.longitude())
                        .add("title", line.title()).add("url", Faces.getRequestContextPath() + "/proposal/project?id=" + line.projectId())));
        return winners.build().toString();
    }

    public boolean isAnyWinnerOnMap() {
        return result.lines().stream().anyMatch(line -> line.won() && line.hasPlace());
    }

    /** The name the category's .pb download is saved under, as the recount command names it. */
    public String pbFileName(CategoryResult category) {
        return BallotFile.nameFor(cycle.id(), result.categories().size(), category.position());
    }

    /** Whole units of the currency, for charts. */
    private long whole(long units) {
        return BigDecimal.valueOf(units, result.amountScale()).longValue();
    }

    private static String shortened(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }

    public String getCycleId() {
        return cycleId;
    }

    public void setCycleId(String cycleId) {
        this.cycleId = cycleId;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public BudgetCycle getCycle() {
        return cycle;
    }

    public Hromada getHromada() {
        return hromada;
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public PublishedResult getResult() {
        return result;
    }
}
