package ua.uchast.voting.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ua.uchast.cycle.entity.VotingStyle;
import ua.uchast.identity.boundary.Residence;
import ua.uchast.platform.boundary.ApiErrors;
import ua.uchast.platform.control.RateLimiter;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.entity.TooManyRequestsException;
import ua.uchast.voting.control.BallotCasting.Receipt;
import ua.uchast.voting.entity.BallotDocument;
import ua.uchast.voting.entity.BallotForm;
import ua.uchast.voting.entity.Choices;
import ua.uchast.voting.entity.VotingRefusal;

/**
 * The public voting API under /api/v1: a cycle's ballot, ballot documents to sign with a qualified e-signature, signed
 * ballots, receipt checks and the ballot file. Errors are {@code {"error": code, "message": text}} in the request's
 * language; document issuing and receipt checks are rate-limited per address (429 with Retry-After).
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class VotingApi {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    VotingBooth booth;
    @Inject
    BallotFiles ballotFiles;
    @Inject
    SignedBallots signedBallots;
    @Inject
    RateLimiter rateLimiter;
    @Inject
    @ConfigProperty(name = "uchast.rate.ballot-documents-per-hour", defaultValue = "30")
    int documentsPerHour;
    @Inject
    @ConfigProperty(name = "uchast.rate.signed-ballots-per-hour", defaultValue = "30")
    int signedBallotsPerHour;
    @Inject
    @ConfigProperty(name = "uchast.rate.receipt-checks-per-hour", defaultValue = "60")
    int receiptChecksPerHour;
    @Context
    HttpHeaders headers;
    @Context
    HttpServletRequest request;

    @GET
    @Path("cycles/{id}/ballot-form")
    @Operation(summary = "The ballot of a cycle: its categories with their rule and the accepted projects with their numbers")
    @APIResponse(responseCode = "200", description = "The ballot")
    @APIResponse(responseCode = "404", description = "No such cycle")
    public Response ballotForm(@PathParam("id") String id) {
        return answer(() -> {
            BallotForm form = booth.ballotOf(cycleId(id));
            JsonArrayBuilder categories = JSON.createArrayBuilder();
            for (BallotForm.Category category : form.categories()) {
                JsonObjectBuilder json = JSON.createObjectBuilder().add("id", category.id()).add("name", category.name());
                if (category.style() == VotingStyle.UP_TO_K) {
                    json.add("maxChoices", category.maxChoices());
                } else {
                    json.add("budget", category.budget().hryvnias());
                }
                JsonArrayBuilder projects = JSON.createArrayBuilder();
                category.projects().forEach(entry -> projects.add(JSON.createObjectBuilder().add("id", entry.projectId())
                        .add("number", entry.number()).add("title", entry.title()).add("cost", entry.cost().hryvnias())));
                categories.add(json.add("projects", projects));
            }
            return Response.ok(JSON.createObjectBuilder().add("cycleId", form.cycleId()).add("categories", categories).build()
                    .toString()).build();
        });
    }

    @POST
    @Path("cycles/{id}/ballot-documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issues a ballot document to sign with a qualified e-signature (valid 30 minutes, one use)")
    @APIResponse(responseCode = "201", description = "{\"document\": base64 of the exact bytes to sign, \"nonce\", \"expiresAt\"}")
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "409", description = "Outside the voting phase")
    @APIResponse(responseCode = "422", description = "The choice breaks the ballot's rules")
    @APIResponse(responseCode = "429", description = "Too many documents from this address; see Retry-After")
    public Response issueDocument(@PathParam("id") String id, String body) {
        Optional<Duration> wait = rateLimiter.hit("ballot-documents:" + request.getRemoteAddr(), documentsPerHour, HOUR);
        if (wait.isPresent()) {
            return ApiErrors.tooManyRequests(wait.get(), headers);
        }
        return answer(() -> {
            Long cycleId = cycleId(id);
            Optional<BallotRequest> requested = BallotRequest.parse(body);
            if (requested.isEmpty()) {
                return ApiErrors.error(Response.Status.BAD_REQUEST, "malformed-json", "api.malformedJson", headers);
            }
            BallotDocument document = booth.issueDocument(cycleId, requested.get().choices(), requested.get().residence());
            return Response.status(Response.Status.CREATED).entity(JSON.createObjectBuilder()
                    .add("document", Base64.getEncoder().encodeToString(document.bytes()))
                    .add("nonce", document.nonce())
                    .add("expiresAt", document.expiresAt().toInstant(ZoneOffset.UTC).toString()).build().toString()).build();
        });
    }

    @POST
    @Path("cycles/{id}/signed-ballots")
    @Consumes({"application/pkcs7-signature", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(summary = "Casts a ballot signed with a qualified e-signature: an attached CAdES of the issued document "
            + "(DER, PEM or base64), or multipart/form-data with parts signature and document (detached)")
    @APIResponse(responseCode = "201", description = "{\"receipt\": the receipt code (shown once), \"castAt\"}")
    @APIResponse(responseCode = "400", description = "An unreadable or invalid signature (with the verifier's reason code)")
    @APIResponse(responseCode = "403", description = "not-eligible: the signer may not vote in this cycle")
    @APIResponse(responseCode = "409", description = "already-voted, or outside the voting phase")
    @APIResponse(responseCode = "413", description = "Over 1 MB")
    @APIResponse(responseCode = "422", description = "A nonce used, expired or of another cycle, a changed document, or a "
            + "choice that breaks the rules")
    @APIResponse(responseCode = "429", description = "Too many signed ballots from this address, or of this person (counted "
            + "once the signature has identified them); see Retry-After")
    public Response castSigned(@PathParam("id") String id, InputStream body) throws IOException {
        return castSigned(id, bounded(body), null);
    }

    @POST
    @Path("cycles/{id}/signed-ballots")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response castSignedDetached(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        byte[] signature = null;
        byte[] document = null;
        for (EntityPart part : parts) {
            if ("signature".equals(part.getName())) {
                signature = bounded(part.getContent());
            } else if ("document".equals(part.getName())) {
                document = bounded(part.getContent());
            }
        }
        return castSigned(id, signature, document);
    }

    private Response castSigned(String id, byte[] signature, byte[] document) {
        Optional<Duration> wait = rateLimiter.hit("signed-ballots:" + request.getRemoteAddr(), signedBallotsPerHour, HOUR);
        if (wait.isPresent()) {
            return ApiErrors.tooManyRequests(wait.get(), headers);
        }
        return answer(() -> {
            if (signature == null) {
                return ApiErrors.error(Response.Status.BAD_REQUEST, VotingRefusal.SIGNATURE_INVALID, "voting.signature.missing", headers);
            }
            Receipt receipt = signedBallots.cast(cycleId(id), signature, document);
            return Response.status(Response.Status.CREATED).entity(JSON.createObjectBuilder()
                    .add("receipt", receipt.code().grouped())
                    .add("castAt", receipt.castAt().toInstant(ZoneOffset.UTC).toString()).build().toString()).build();
        });
    }

    /** At most one byte more than a signature may have, so an over-size upload is refused without reading it all. */
    private static byte[] bounded(InputStream in) throws IOException {
        return in == null ? null : in.readNBytes(SignedBallots.MAX_SIGNATURE_BYTES + 1);
    }

    @GET
    @Path("receipts/{code}")
    @Operation(summary = "The ballot behind a receipt code: its choices, channel and (once voting has closed) its line's hash")
    @APIResponse(responseCode = "200", description = "The ballot is in the box")
    @APIResponse(responseCode = "404", description = "No ballot has this code")
    @APIResponse(responseCode = "429", description = "Too many checks from this address; see Retry-After")
    public Response receipt(@PathParam("code") String code) {
        Optional<Duration> wait = rateLimiter.hit("receipts:" + request.getRemoteAddr(), receiptChecksPerHour, HOUR);
        if (wait.isPresent()) {
            return ApiErrors.tooManyRequests(wait.get(), headers);
        }
        return ballotFiles.receipt(code).map(receipt -> Response.ok(JSON.createObjectBuilder()
                        .add("cycleId", receipt.cycleId()).add("ballotId", receipt.ballotId())
                        .add("choices", choicesJson(receipt.choices())).add("channel", receipt.channel().word())
                        .add("lineHash", receipt.lineHash() == null ? JsonValue.NULL : JSON.createValue(receipt.lineHash()))
                        .build().toString()).build())
                .orElseGet(() -> ApiErrors.error(Response.Status.NOT_FOUND, "unknown-receipt", "voting.receiptUnknown", headers));
    }

    @GET
    @Path("cycles/{id}/ballot-file")
    @Produces("application/x-ndjson")
    @Operation(summary = "The ballot file: one JSON line per ballot, hash-chained; once voting has closed")
    @APIResponse(responseCode = "200", description = "The file (application/x-ndjson)")
    @APIResponse(responseCode = "404", description = "No such cycle")
    @APIResponse(responseCode = "409", description = "Voting has not closed yet")
    public Response ballotFile(@PathParam("id") String id) {
        return answer(() -> {
            Long cycleId = cycleId(id);
            BallotFiles.Head head = ballotFiles.head(cycleId).orElseThrow(() -> new VotingRefusal(VotingRefusal.VOTING_CLOSED,
                    FieldViolation.general("voting.fileAfterVoting")));
            StreamingOutput file = out -> ballotFiles.write(cycleId, out);
            return Response.ok(file, "application/x-ndjson; charset=UTF-8").header("X-Ballot-File-Head", head.hash())
                    .header("Content-Disposition", "attachment; filename=\"ballot-file-" + cycleId + ".ndjson\"").build();
        });
    }

    /** Runs the call, turning refusals into the API's errors. */
    Response answer(Supplier<Response> call) {
        try {
            return call.get();
        } catch (VotingRefusal refused) {
            Response error = ApiErrors.refusal(statusOf(refused.code()), refused.code(), refused, headers);
            return refused.reason() == null ? error : ApiErrors.withReason(error, refused.reason());
        } catch (TooManyRequestsException tooMany) {
            return ApiErrors.tooManyRequests(tooMany.retryAfter(), headers);
        } catch (InvalidInputException refused) {
            return ApiErrors.refusal(422, "invalid-input", refused, headers);
        } catch (NotFoundException notFound) {
            return ApiErrors.error(Response.Status.NOT_FOUND, "not-found", "api.error.not-found", headers);
        }
    }

    static int statusOf(String code) {
        return switch (code) {
            case VotingRefusal.ALREADY_VOTED, VotingRefusal.VOTING_CLOSED -> 409;
            case VotingRefusal.NOT_ELIGIBLE -> 403;
            case VotingRefusal.SIGNATURE_INVALID -> 400;
            case VotingRefusal.TOO_LARGE -> 413;
            default -> 422;
        };
    }

    static JsonObjectBuilder choicesJson(Choices choices) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        choices.byCategory().forEach((category, projects) -> {
            JsonArrayBuilder ids = JSON.createArrayBuilder();
            projects.forEach(ids::add);
            json.add(String.valueOf(category), ids);
        });
        return json;
    }

    private static Long cycleId(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return Long.valueOf(id);
    }

    /** {@code {"choices": {"<categoryId>": [projectId, ...]}, "declared": true, "settlementId": N}} (the last two optional). */
    record BallotRequest(Choices choices, Residence residence) {

        static Optional<BallotRequest> parse(String body) {
            if (body == null || body.isBlank() || body.length() > BallotDocument.MAX_BYTES) {
                return Optional.empty();
            }
            try {
                JsonObject json = JSON.createReader(new StringReader(body)).readObject();
                Map<Long, List<Long>> chosen = new LinkedHashMap<>();
                json.getJsonObject("choices").forEach((category, projects) -> chosen.put(Long.valueOf(category),
                        projects.asJsonArray().getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValueExact).toList()));
                boolean declared = json.containsKey("declared") && json.getBoolean("declared");
                Long settlement = json.containsKey("settlementId") && !json.isNull("settlementId")
                        ? json.getJsonNumber("settlementId").longValueExact() : null;
                return Optional.of(new BallotRequest(Choices.of(chosen), new Residence(declared, settlement, false)));
            } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException | NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
