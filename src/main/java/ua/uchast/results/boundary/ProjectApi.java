package ua.uchast.results.boundary;

import java.util.List;

import jakarta.inject.Inject;
import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;

/**
 * Open data: one project as the public sees it — its card, estimate, status history (what happened and when, with the
 * public reasons; not who) and votes once they may be shown. A draft is not found; the author and contacts never show.
 */
@Path("v1/projects/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectApi {

    @Inject
    ProjectCatalogue projects;
    @Inject
    CycleCatalog cycles;
    @Inject
    HromadaCatalog hromadas;
    @Inject
    PublishedResults results;

    @GET
    @Operation(summary = "A project's public card: texts, place, estimate, status and its history, votes once they may be shown")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "404", description = "No such project (or a draft)")
    public Response project(@PathParam("id") String id) {
        Project project = projects.byIds(List.of(OpenData.id(id))).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        BudgetCycle cycle = cycles.byId(project.cycleId()).orElseThrow(NotFoundException::new);
        Hromada hromada = hromadas.byId(cycle.hromadaId()).orElseThrow(NotFoundException::new);
        JsonArrayBuilder estimate = JSON.createArrayBuilder();
        project.estimate().forEach(line -> estimate.add(JSON.createObjectBuilder().add("item", line.item())
                .add("quantity", line.quantity()).add("unit", OpenData.text(line.unit()))
                .add("unitPrice", line.unitPrice().hryvnias()).add("total", line.total().hryvnias())));
        JsonArrayBuilder history = JSON.createArrayBuilder();
        project.history().stream().filter(entry -> entry.to() != ProjectStatus.DRAFT).forEach(entry -> history.add(
                JSON.createObjectBuilder().add("event", entry.event().name())
                        .add("from", OpenData.text(entry.from() == null ? null : entry.from().name()))
                        .add("to", entry.to().name()).add("at", OpenData.instant(entry.occurredAt()))
                        .add("reason", OpenData.text(entry.publicReason()))));
        return Response.ok(ProjectsApi.json(cycle, hromada, project, results.publicVotes(cycle.id()))
                .add("problem", OpenData.text(project.problem())).add("solution", OpenData.text(project.solution()))
                .add("beneficiaries", OpenData.text(project.beneficiaries())).add("address", OpenData.text(project.address()))
                .add("estimate", estimate).add("history", history).build().toString()).build();
    }
}
