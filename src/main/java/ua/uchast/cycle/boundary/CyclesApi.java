package ua.uchast.cycle.boundary;

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

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.boundary.ApiErrors;

/** Open data: a hromada's participatory budgets, with the phase each is in today and its voting dates. */
@Path("v1/hromadas/{slug}/cycles")
@Produces(MediaType.APPLICATION_JSON)
public class CyclesApi {

    @Inject
    HromadaCatalog hromadas;
    @Inject
    CycleCatalog cycles;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The hromada's cycles: id, year, title, phase (a name of cycle.entity.Phase), voting dates")
    @APIResponse(responseCode = "200", description = "The cycles, newest first")
    @APIResponse(responseCode = "404", description = "No such hromada")
    public Response of(@PathParam("slug") String slug) {
        return hromadas.bySlug(slug).map(hromada -> {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            for (BudgetCycle cycle : cycles.ofHromada(hromada.id())) {
                list.add(JSON.createObjectBuilder().add("id", cycle.id()).add("year", cycle.year()).add("title", cycle.title())
                        .add("phase", cycles.phaseOf(cycle).name())
                        .add("votingStart", cycle.phases().votingStart().toString())
                        .add("votingEnd", cycle.phases().votingEnd().toString()));
            }
            return Response.ok(list.build().toString()).build();
        }).orElseGet(() -> ApiErrors.error(Response.Status.NOT_FOUND, "not-found", "api.error.not-found", headers));
    }
}
