package ua.uchast.results.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;

/**
 * Open data: a cycle's projects (everything that has left its author's desk) with their public fields, status and —
 * once results are published, or live while a cycle that shows counts votes — votes; as JSON or CSV. Never the
 * author, contacts or co-authors.
 */
@Path("v1/cycles/{id}/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsApi {

    static final List<String> CSV_HEADER = List.of("id", "title", "category_id", "category", "territory_id", "territory", "status",
            "cost", "votes", "latitude", "longitude");

    @Inject
    CycleCatalog cycles;
    @Inject
    HromadaCatalog hromadas;
    @Inject
    ProjectCatalogue projects;
    @Inject
    PublishedResults results;

    @GET
    @Produces({MediaType.APPLICATION_JSON, OpenData.CSV})
    @Operation(summary = "The cycle's projects: public fields, status, and votes once published (null while no count may be shown)")
    @APIResponse(responseCode = "200", description = "[{id, title, summary, category, territory, status, cost, votes, "
            + "latitude, longitude}], or, with format=csv, CSV")
    @APIResponse(responseCode = "404", description = "No such cycle")
    public Response projects(@PathParam("id") String id,
            @Parameter(description = "csv for a CSV file") @QueryParam("format") String format) {
        BudgetCycle cycle = cycles.byId(OpenData.id(id)).orElseThrow(NotFoundException::new);
        Hromada hromada = hromadas.byId(cycle.hromadaId()).orElseThrow(NotFoundException::new);
        List<Project> list = projects.publicOf(cycle.id());
        Optional<Map<Long, Long>> votes = results.publicVotes(cycle.id());
        if ("csv".equals(format)) {
            List<List<Object>> rows = new ArrayList<>();
            for (Project project : list) {
                rows.add(List.of(project.id(), project.title(), orEmpty(project.categoryId()), cycle.categoryName(project.categoryId()),
                        orEmpty(project.territoryId()), hromada.territoryName(project.territoryId()), project.status().name(),
                        project.totalCost().hryvnias(), votes.map(known -> known.get(project.id())).map(Object.class::cast).orElse(""),
                        orEmpty(project.latitude()), orEmpty(project.longitude())));
            }
            return OpenData.download(OpenData.csv(CSV_HEADER, rows), OpenData.CSV, "projects-cycle-" + cycle.id() + ".csv");
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        list.forEach(project -> array.add(json(cycle, hromada, project, votes)));
        return Response.ok(array.build().toString()).build();
    }

    /** A project's public fields; shared with {@link ProjectApi}. */
    static JsonObjectBuilder json(BudgetCycle cycle, Hromada hromada, Project project, Optional<Map<Long, Long>> votes) {
        return JSON.createObjectBuilder().add("id", project.id()).add("cycleId", cycle.id()).add("title", project.title())
                .add("summary", OpenData.text(project.summary()))
                .add("category", project.categoryId() == null ? JsonValue.NULL : JSON.createObjectBuilder()
                        .add("id", project.categoryId()).add("name", cycle.categoryName(project.categoryId())).build())
                .add("territory", project.territoryId() == null ? JsonValue.NULL : JSON.createObjectBuilder()
                        .add("id", project.territoryId()).add("name", hromada.territoryName(project.territoryId())).build())
                .add("status", project.status().name()).add("cost", project.totalCost().hryvnias())
                .add("votes", OpenData.number(votes.map(known -> known.get(project.id())).orElse(null)))
                .add("latitude", project.latitude() == null ? JsonValue.NULL : JSON.createValue(project.latitude()))
                .add("longitude", project.longitude() == null ? JsonValue.NULL : JSON.createValue(project.longitude()));
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }
}
