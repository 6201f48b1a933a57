package ua.uchast.results.boundary;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ua.uchast.platform.boundary.ApiErrors;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.tally.boundary.BallotFile;
import ua.uchast.tally.boundary.Recount;

/**
 * Open data: a category's anonymised ballots in the pabulib .pb format once voting has closed (voters numbered 1..n,
 * nothing else about them), so that anyone can recount: {@code java -jar uchast-cli.jar tally cycle-N-K.pb}.
 */
@Path("v1/cycles/{id}/ballots")
public class BallotsApi {

    @Inject
    Recount recount;
    @Context
    HttpHeaders headers;

    @GET
    @Path("{category}")
    @Produces("text/plain")
    @Operation(summary = "A category's anonymised ballots as a pabulib .pb file, once voting has closed")
    @APIResponse(responseCode = "200", description = "The .pb file")
    @APIResponse(responseCode = "404", description = "No such cycle or category, or nobody chose in the category")
    @APIResponse(responseCode = "409", description = "voting-not-closed: voting has not closed yet")
    public Response ballots(@PathParam("id") String id, @PathParam("category") String category) {
        try {
            BallotFile file = recount.ballots(OpenData.id(id), OpenData.id(category));
            return OpenData.download(new String(file.content(), StandardCharsets.UTF_8), "text/plain; charset=UTF-8",
                    file.fileName());
        } catch (InvalidInputException votingRuns) {
            return ApiErrors.refusal(409, "voting-not-closed", votingRuns, headers);
        }
    }
}
