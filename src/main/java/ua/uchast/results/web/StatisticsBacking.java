package ua.uchast.results.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.control.UiText;
import ua.uchast.platform.web.FormatBacking;
import ua.uchast.results.boundary.PublishedResults;
import ua.uchast.results.entity.Measure;
import ua.uchast.results.entity.PublishedResult;
import ua.uchast.results.entity.SmallGroups;
import ua.uchast.results.entity.StatisticRow;

/**
 * A cycle's statistics page: each measure stored at publishing as a chart with its table (the table is what screen
 * readers and print use; small groups of people show as "<5" in both), money asked for against each category's budget,
 * and the hromada's published cycles year by year.
 */
@Named
@RequestScoped
public class StatisticsBacking {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    /** A measure as a table (a header per column, rows of cells, the first cell naming the group) and its chart. */
    public record Table(String id, String title, String note, List<String> columns, List<List<String>> rows, String chart,
            int height) {
    }

    @Inject
    ResultsPageBacking page;
    @Inject
    PublishedResults results;
    @Inject
    CycleCatalog cycles;
    @Inject
    FormatBacking format;

    private List<Table> tables;

    /**
     * Every measure of the current version that applies (an imported election has no voters' or authors' statistics),
     * the money, and the hromada's years.
     */
    public List<Table> getTables() {
        if (tables == null) {
            PublishedResult result = page.getResult();
            tables = new ArrayList<>();
            List<Measure> measures = List.of(Measure.VOTERS_BY_AGE_BAND, Measure.VOTERS_BY_GENDER, Measure.VOTERS_BY_TERRITORY,
                    Measure.VOTERS_BY_CHANNEL, Measure.VOTERS_BY_DAY, Measure.PROJECTS_BY_CATEGORY, Measure.PROJECTS_BY_TERRITORY,
                    Measure.PROJECTS_BY_STATUS, Measure.AUTHORS_BY_AGE_BAND);
            for (Measure measure : measures) {
                if (!result.statistics(measure).isEmpty()) {
                    tables.add(countTable(measure, result.statistics(measure)));
                }
            }
            tables.add(moneyTable(result));
            tables.add(years());
        }
        return tables;
    }

    private Table countTable(Measure measure, List<StatisticRow> rows) {
        List<SmallGroups.Shown> shown = SmallGroups.shown(measure, rows);
        List<String> labels = shown.stream().map(group -> label(measure, group.key(), group.label())).toList();
        String counted = text(measure.name().startsWith("PROJECTS_") ? "results.stat.projects" : "results.stat.people");
        boolean horizontal = shown.size() > 8 && measure != Measure.VOTERS_BY_DAY || measure.name().endsWith("TERRITORY");
        String chart = Charts.bars(labels, horizontal, false,
                new Charts.Series(counted, shown.stream().map(SmallGroups.Shown::drawn).toList(), List.of(Charts.FIRST)));
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            SmallGroups.Shown group = shown.get(i);
            table.add(List.of(labels.get(i), group.hidden() ? text("results.stat.hidden") : group.text()));
        }
        return new Table(measure.camelName(), text("results.stat." + measure.name()), measure.ofPeople() ? text("results.stat.smallGroups") : null,
                List.of(text("results.stat.group." + groupOf(measure)), counted), table, chart,
                horizontal ? Charts.heightFor(shown.size()) : 280);
    }

    private Table moneyTable(PublishedResult result) {
        Map<String, Long> available = result.statistics(Measure.MONEY_AVAILABLE).stream()
                .collect(Collectors.toMap(StatisticRow::groupKey, StatisticRow::amount));
        List<StatisticRow> asked = result.statistics(Measure.MONEY_ASKED);
        List<String> labels = asked.stream().map(StatisticRow::label).toList();
        Function<Long, String> money = units -> format.amount(BigDecimal.valueOf(units, result.amountScale()), result.currency());
        List<List<String>> rows = asked.stream().map(row -> List.of(row.label(), money.apply(row.amount()),
                money.apply(available.getOrDefault(row.groupKey(), 0L)))).toList();
        String chart = Charts.bars(labels, false, false,
                new Charts.Series(text("results.stat.asked"), asked.stream().map(row -> whole(result, row.amount())).toList(),
                        List.of(Charts.FIRST)),
                new Charts.Series(text("results.stat.available"), asked.stream()
                        .map(row -> whole(result, available.getOrDefault(row.groupKey(), 0L))).toList(), List.of(Charts.SECOND)));
        return new Table("money", text("results.stat.MONEY"), text("results.stat.money.note"),
                List.of(text("category.name"), text("results.stat.asked"), text("results.stat.available")), rows, chart, 300);
    }

    /** The hromada's published cycles, oldest first: how many voted, turnout, projects, winners, money asked for. */
    private Table years() {
        List<PublishedResult> published = results.currentOfHromada(page.getCycle().hromadaId());
        Map<Long, BudgetCycle> cyclesById = cycles.ofHromada(page.getCycle().hromadaId()).stream()
                .collect(Collectors.toMap(BudgetCycle::id, Function.identity()));
        List<PublishedResult> ordered = new ArrayList<>(published);
        ordered.sort((one, other) -> Integer.compare(cyclesById.get(one.cycleId()).year(), cyclesById.get(other.cycleId()).year()));
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> ballots = new ArrayList<>();
        for (PublishedResult result : ordered) {
            BudgetCycle cycle = cyclesById.get(result.cycleId());
            long projects = result.statistics(Measure.PROJECTS_BY_CATEGORY).stream().mapToLong(StatisticRow::amount).sum();
            long asked = result.statistics(Measure.MONEY_ASKED).stream().mapToLong(StatisticRow::amount).sum();
            rows.add(List.of(String.valueOf(cycle.year()), cycle.title() + (result.historic() ? " — " + text("cycle.historic.mark") : ""),
                    String.valueOf(result.ballots()), result.turnout().map(this::percent).orElse("—"), String.valueOf(projects),
                    String.valueOf(result.categories().stream().mapToLong(category -> category.winners().size()).sum()),
                    format.amount(BigDecimal.valueOf(asked, result.amountScale()), result.currency())));
            labels.add(String.valueOf(cycle.year()));
            ballots.add(result.ballots());
        }
        String chart = Charts.bars(labels, false, false, new Charts.Series(text("results.ballots"), ballots, List.of(Charts.FIRST)));
        boolean anyImported = ordered.stream().anyMatch(PublishedResult::historic);
        return new Table("years", text("results.stat.years"), anyImported ? text("results.stat.years.imported") : null,
                List.of(text("cycle.year"), text("results.stat.cycle"), text("results.ballots"), text("results.turnout"),
                        text("results.stat.projects"), text("results.stat.winners"), text("results.stat.asked")),
                Collections.unmodifiableList(rows), chart, 280);
    }

    public String percent(double share) {
        return String.format(Faces.getLocale(), "%.1f %%", share * 100);
    }

    private String label(Measure measure, String key, String stored) {
        return switch (measure) {
            case VOTERS_BY_GENDER -> text("results.gender." + key);
            case VOTERS_BY_CHANNEL -> text("results.channel." + key);
            case PROJECTS_BY_STATUS -> text("status." + key);
            case VOTERS_BY_DAY -> DAY.format(LocalDate.parse(key));
            default -> stored == null ? text("results.territory.none") : stored;
        };
    }

    private static String groupOf(Measure measure) {
        String name = measure.name();
        return name.substring(name.indexOf("_BY_") + 4);
    }

    private static long whole(PublishedResult result, long units) {
        return BigDecimal.valueOf(units, result.amountScale()).longValue();
    }

    private static String text(String key) {
        return UiText.format(Faces.getLocale(), key);
    }
}
