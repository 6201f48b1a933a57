package ua.uchast.implementation.boundary;

import jakarta.inject.Inject;
import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonArrayBuilder;
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

import ua.uchast.platform.entity.NotFoundException;

/**
 * Open data: one winning project's implementation with its public history and progress reports (photos by address).
 * A path of its own, so that it is matched before any resource of a project as a whole.
 */
@Path("v1/projects/{id}/implementation")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectImplementationApi {

    @Inject
    ProgressCatalogue progress;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "One winning project's implementation with its public history and progress reports")
    @APIResponse(responseCode = "200", description = "{projectId, title, …as in the hromada's list…, history: [{kind, at, "
            + "from, to, note, department, plannedAmount, spentAmount, plannedCompletion, report: {reportedOn, text, photos}}]}")
    @APIResponse(responseCode = "404", description = "No such project, or it did not win")
    public Response ofProject(@PathParam("id") String id) {
        try {
            WinnerProgress winner = progress.ofProject(ImplementationApi.number(id)).orElseThrow(NotFoundException::new);
            JsonArrayBuilder history = JSON.createArrayBuilder();
            winner.implementation().publicHistory().forEach(event -> history.add(ImplementationApi.entry(event)));
            return Response.ok(ImplementationApi.summary(winner).add("history", history).build().toString()).build();
        } catch (NotFoundException | IllegalArgumentException missing) {
            return ImplementationApi.notFound(headers);
        }
    }
}
