package ua.uchast.results.boundary;

import java.util.Optional;

import jakarta.inject.Inject;
import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.results.entity.Measure;
import ua.uchast.results.entity.PublishedResult;
import ua.uchast.results.entity.SmallGroups;

/**
 * Open data: a cycle's statistics as computed when its current result was published — voters by age band, gender,
 * territory, channel and day (from the voter register, never joined with the ballots), projects by category,
 * territory and status, authors by age band, money asked for against each category's budget. A group of 1 to 4 people
 * has {@code "count": null} and {@code "shown": "<5"}.
 */
@Path("v1/cycles/{id}/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsApi {

    @Inject
    CycleCatalog cycles;
    @Inject
    PublishedResults results;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The cycle's statistics, computed when its current result was published")
    @APIResponse(responseCode = "200", description = "{cycleId, version, statisticsOfVersion, voters, population, turnout, "
            + "voterStatistics, measures: {votersByAgeBand: [{key, label, count, shown}], …}}")
    @APIResponse(responseCode = "404", description = "No such cycle")
    @APIResponse(responseCode = "409", description = "not-published: the results are not published yet")
    public Response statistics(@PathParam("id") String id) {
        BudgetCycle cycle = cycles.byId(OpenData.id(id)).orElseThrow(NotFoundException::new);
        Optional<PublishedResult> current = results.current(cycle.id());
        if (current.isEmpty()) {
            return OpenData.notPublished(cycle, headers);
        }
        PublishedResult result = current.get();
        JsonObjectBuilder measures = JSON.createObjectBuilder();
        for (Measure measure : Measure.values()) {
            JsonArrayBuilder groups = JSON.createArrayBuilder();
            SmallGroups.shown(measure, result.statistics(measure)).forEach(group -> groups.add(JSON.createObjectBuilder()
                    .add("key", group.key()).add("label", OpenData.text(group.label())).add("count", OpenData.number(group.drawn()))
                    .add("shown", group.text())));
            measures.add(measure.camelName(), groups);
        }
        return Response.ok(JSON.createObjectBuilder().add("cycleId", cycle.id()).add("version", result.number())
                .add("statisticsOfVersion", result.statisticsVersion()).add("voters", result.voters())
                .add("ballots", result.ballots())
                .add("population", OpenData.number(result.population() == null ? null : result.population().longValue()))
                .add("turnout", result.turnout().<JsonValue>map(JSON::createValue).orElse(JsonValue.NULL))
                .add("voterStatistics", result.hasVoterStatistics()).add("currency", result.currency())
                .add("smallGroupThreshold", SmallGroups.THRESHOLD).add("measures", measures).build().toString()).build();
    }
}
