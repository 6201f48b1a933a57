package ua.uchast.results.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.results.entity.CategoryResult;
import ua.uchast.results.entity.ProjectLine;
import ua.uchast.results.entity.PublishedResult;
import ua.uchast.results.entity.TieLine;
import ua.uchast.results.entity.VersionSummary;

/**
 * Open data: a cycle's published results — the current version or an earlier one — as JSON or CSV, and the list of
 * versions. Stored at publishing; nothing is counted per request. No person is named.
 */
@Path("v1/cycles/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsApi {

    static final List<String> CSV_HEADER = List.of("version", "category_id", "category", "project_id", "ref", "title", "votes",
            "score", "cost", "won", "outcome", "rule_position", "budget_left");

    @Inject
    CycleCatalog cycles;
    @Inject
    HromadaCatalog hromadas;
    @Inject
    PublishedResults results;
    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, OpenData.CSV})
    @Operation(summary = "The cycle's published results: every category's projects with votes, cost, the outcome and why, "
            + "the rule and tie-break, the ballot file's head, voters per channel")
    @APIResponse(responseCode = "200", description = "The current version (or the one asked for), as JSON or, with format=csv, CSV")
    @APIResponse(responseCode = "400", description = "bad-version: the version is not a number")
    @APIResponse(responseCode = "404", description = "No such cycle or version")
    @APIResponse(responseCode = "409", description = "not-published: the results are not published yet (the message says when they are due)")
    public Response results(@PathParam("id") String id,
            @Parameter(description = "A version number; the current version without it") @QueryParam("version") String version,
            @Parameter(description = "csv for a CSV file") @QueryParam("format") String format) {
        BudgetCycle cycle = cycles.byId(OpenData.id(id)).orElseThrow(NotFoundException::new);
        Optional<PublishedResult> current = results.current(cycle.id());
        if (current.isEmpty()) {
            return OpenData.notPublished(cycle, headers);
        }
        if (version != null && !version.matches("\\d{1,9}")) {
            return OpenData.badVersion(headers);
        }
        Optional<PublishedResult> asked = version == null ? current : results.version(cycle.id(), Integer.parseInt(version));
        if (asked.isEmpty()) {
            throw new NotFoundException();
        }
        if ("csv".equals(format)) {
            return OpenData.download(csv(asked.get()), OpenData.CSV,
                    "results-cycle-" + cycle.id() + "-v" + asked.get().number() + ".csv");
        }
        return Response.ok(json(cycle, asked.get(), current.get().number()).toString()).build();
    }

    @GET
    @Path("versions")
    @Operation(summary = "Every published version of the cycle's results, newest first, with its date and the correction's reason")
    @APIResponse(responseCode = "200", description = "[{version, publishedAt, reason, current}]")
    @APIResponse(responseCode = "404", description = "No such cycle")
    @APIResponse(responseCode = "409", description = "not-published: the results are not published yet")
    public Response versions(@PathParam("id") String id) {
        BudgetCycle cycle = cycles.byId(OpenData.id(id)).orElseThrow(NotFoundException::new);
        List<VersionSummary> versions = results.versions(cycle.id());
        if (versions.isEmpty()) {
            return OpenData.notPublished(cycle, headers);
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        versions.forEach(summary -> list.add(JSON.createObjectBuilder().add("version", summary.number())
                .add("publishedAt", OpenData.instant(summary.publishedAt())).add("reason", OpenData.text(summary.reason()))
                .add("current", summary.number() == versions.get(0).number())));
        return Response.ok(list.build().toString()).build();
    }

    private JsonObject json(BudgetCycle cycle, PublishedResult result, int currentNumber) {
        int scale = result.amountScale();
        JsonArrayBuilder categories = JSON.createArrayBuilder();
        for (CategoryResult category : result.categories()) {
            JsonArrayBuilder projects = JSON.createArrayBuilder();
            for (ProjectLine line : category.lines()) {
                projects.add(JSON.createObjectBuilder().add("id", OpenData.number(line.projectId())).add("ref", line.tallyId())
                        .add("title", line.title()).add("votes", line.votes()).add("score", line.score())
                        .add("cost", OpenData.amount(line.cost(), scale)).add("won", line.won()).add("outcome", line.outcome().name())
                        .add("rulePosition", line.rulePosition()).add("budgetLeft", OpenData.amount(line.budgetLeft(), scale)));
            }
            JsonArrayBuilder ties = JSON.createArrayBuilder();
            for (TieLine tie : category.ties()) {
                ties.add(JSON.createObjectBuilder().add("projects", JSON.createArrayBuilder(tie.projectIds()))
                        .add("decidedBy", JSON.createArrayBuilder(tie.decidedBy().stream().map(Enum::name).toList())));
            }
            JsonObjectBuilder json = JSON.createObjectBuilder().add("id", category.categoryId()).add("name", category.name())
                    .add("budget", OpenData.amount(category.budget(), scale)).add("spent", OpenData.amount(category.spent(), scale))
                    .add("ballots", category.ballots()).add("counted", category.counted()).add("projects", projects).add("ties", ties);
            if (category.hasEqualShares()) {
                json.add("perVoterBudget", OpenData.amount(category.perVoterBudget(), scale));
                if (category.votersForEqualShares() != null) {
                    json.add("comparison", JSON.createObjectBuilder().add("votersForEqualShares", category.votersForEqualShares())
                            .add("votersForGreedy", category.votersForGreedy()).add("greedyChosen", category.greedyByComparison()));
                }
            }
            categories.add(json);
        }
        JsonObjectBuilder json = JSON.createObjectBuilder().add("cycleId", cycle.id())
                .add("hromada", hromadas.byId(cycle.hromadaId()).map(hromada -> hromada.slug()).orElse(""))
                .add("year", cycle.year()).add("title", cycle.title()).add("version", result.number())
                .add("current", result.number() == currentNumber).add("currentVersion", currentNumber)
                .add("publishedAt", OpenData.instant(result.publishedAt())).add("reason", OpenData.text(result.reason()))
                .add("rule", result.countingRule()).add("tieBreak", OpenData.text(result.tieBreak()))
                .add("lotSeed", OpenData.text(result.lotSeed()))
                .add("minVotesToWin", OpenData.number(result.minVotesToWin() == null ? null : result.minVotesToWin().longValue()))
                .add("currency", result.currency()).add("historic", result.historic())
                .add("ballots", result.ballots()).add("voters", result.voters())
                .add("channels", JSON.createObjectBuilder().add("provider", result.providerVoters())
                        .add("signature", result.signatureVoters()).add("paper", result.paperVoters()))
                .add("ballotFileHead", OpenData.text(result.chainHead()))
                .add("categories", categories);
        return json.build();
    }

    static String csv(PublishedResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (CategoryResult category : result.categories()) {
            for (ProjectLine line : category.lines()) {
                rows.add(List.of(result.number(), category.categoryId(), category.name(), line.projectId() == null ? "" : line.projectId(),
                        line.tallyId(), line.title(), line.votes(), line.score(), OpenData.csvAmount(line.cost(), result.amountScale()),
                        line.won(), line.outcome().name(), line.rulePosition(),
                        OpenData.csvAmount(line.budgetLeft(), result.amountScale())));
            }
        }
        return OpenData.csv(CSV_HEADER, rows);
    }
}
