package ua.uchast.implementation.boundary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.implementation.entity.Implementation;
import ua.uchast.implementation.entity.ImplementationEvent;
import ua.uchast.implementation.entity.ImplementationStatus;
import ua.uchast.platform.boundary.ApiErrors;
import ua.uchast.platform.entity.Money;

/**
 * Open data on the implementation of winning projects: a hromada's winners of every cycle with status, money and
 * dates (JSON, or CSV written by Commons CSV: UTF-8, a header row, text always quoted). Never who on the staff is
 * responsible. One winner's history is {@link ProjectImplementationApi}.
 */
@Path("v1/hromadas/{slug}/implementation")
@Produces(MediaType.APPLICATION_JSON)
public class ImplementationApi {

    static final String CSV = "text/csv; charset=UTF-8";
    static final List<String> CSV_HEADER = List.of("project_id", "title", "cycle_id", "cycle_year", "territory_id", "territory",
            "status", "overdue", "department", "planned_amount", "spent_amount", "percent_spent", "overspend_reason",
            "planned_completion", "status_reason", "reports", "latitude", "longitude");
    private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    @Inject
    HromadaCatalog hromadas;
    @Inject
    ProgressCatalogue progress;
    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "The hromada's winning projects of every cycle and how their implementation stands")
    @APIResponse(responseCode = "200", description = "[{projectId, title, cycleId, cycleYear, territory, status (PLANNED, "
            + "IN_PROGRESS, IMPLEMENTED, NOT_IMPLEMENTED), overdue, department, plannedAmount, spentAmount, percentSpent, "
            + "overspendReason, plannedCompletion, statusReason, reports, latitude, longitude}], newest cycle first; "
            + "amounts in whole hryvnias; with format=csv, CSV")
    @APIResponse(responseCode = "400", description = "A filter that is not a number or not a status")
    @APIResponse(responseCode = "404", description = "No such hromada")
    public Response ofHromada(@PathParam("slug") String slug, @Parameter(description = "a cycle's id") @QueryParam("cycle") String cycle,
            @Parameter(description = "PLANNED, IN_PROGRESS, IMPLEMENTED or NOT_IMPLEMENTED") @QueryParam("status") String status,
            @Parameter(description = "a territory's id") @QueryParam("territory") String territory,
            @Parameter(description = "csv for a CSV file") @QueryParam("format") String format) {
        Optional<Hromada> hromada = hromadas.bySlug(slug);
        if (hromada.isEmpty()) {
            return notFound();
        }
        ProgressFilter filter = new ProgressFilter();
        try {
            filter.setCycleId(number(cycle));
            filter.setTerritoryId(number(territory));
            filter.setStatus(status == null || status.isBlank() ? null : ImplementationStatus.valueOf(status));
        } catch (IllegalArgumentException unreadable) {
            return ApiErrors.error(Response.Status.BAD_REQUEST, "bad-filter", "implementation.api.badFilter", headers,
                    Arrays.toString(ImplementationStatus.values()));
        }
        List<WinnerProgress> winners = progress.ofHromada(hromada.get().id(), filter);
        if ("csv".equals(format)) {
            return Response.ok(csv(winners), CSV)
                    .header("Content-Disposition", "attachment; filename=\"implementation-" + hromada.get().slug() + ".csv\"").build();
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        winners.forEach(winner -> list.add(summary(winner)));
        return Response.ok(list.build().toString()).build();
    }

    /** A winner as the list shows it; with its history in {@link ProjectImplementationApi}. */
    static JsonObjectBuilder summary(WinnerProgress winner) {
        Implementation implementation = winner.implementation();
        return JSON.createObjectBuilder().add("projectId", winner.projectId()).add("title", winner.project().title())
                .add("cycleId", winner.cycle().id()).add("cycleYear", winner.cycle().year())
                .add("territory", winner.project().territoryId() == null ? JsonValue.NULL : JSON.createObjectBuilder()
                        .add("id", winner.project().territoryId()).add("name", winner.territoryName()).build())
                .add("status", implementation.status().name()).add("overdue", winner.overdue())
                .add("department", text(implementation.department()))
                .add("plannedAmount", implementation.plannedAmount().hryvnias())
                .add("spentAmount", implementation.spentAmount().hryvnias())
                .add("percentSpent", implementation.percentSpent())
                .add("overspendReason", text(implementation.overspendReason()))
                .add("plannedCompletion", date(implementation.plannedCompletion()))
                .add("statusReason", text(implementation.statusReason()))
                .add("reports", implementation.reports().size())
                .add("latitude", decimal(winner.project().latitude()))
                .add("longitude", decimal(winner.project().longitude()));
    }

    static JsonObjectBuilder entry(ImplementationEvent event) {
        JsonObjectBuilder entry = JSON.createObjectBuilder().add("kind", event.kind().name())
                .add("at", event.occurredAt().toInstant(ZoneOffset.UTC).toString())
                .add("from", event.from() == null ? JsonValue.NULL : JSON.createValue(event.from().name()))
                .add("to", event.to().name()).add("note", text(event.note())).add("department", text(event.department()))
                .add("plannedAmount", amount(event.plannedAmount())).add("spentAmount", amount(event.spentAmount()))
                .add("plannedCompletion", date(event.plannedCompletion()));
        if (event.report() == null) {
            return entry.add("report", JsonValue.NULL);
        }
        JsonArrayBuilder photos = JSON.createArrayBuilder();
        event.report().photos().forEach(photo -> photos.add("/implementation/photo/" + photo.id()));
        return entry.add("report", JSON.createObjectBuilder().add("reportedOn", event.report().reportedOn().toString())
                .add("text", event.report().text()).add("photos", photos));
    }

    static String csv(List<WinnerProgress> winners) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV_FORMAT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (WinnerProgress winner : winners) {
                Implementation implementation = winner.implementation();
                printer.printRecord(winner.projectId(), winner.project().title(), winner.cycle().id(), winner.cycle().year(),
                        orEmpty(winner.project().territoryId()), winner.territoryName(), implementation.status().name(),
                        winner.overdue(), orEmpty(implementation.department()), implementation.plannedAmount().hryvnias(),
                        implementation.spentAmount().hryvnias(), implementation.percentSpent(), orEmpty(implementation.overspendReason()),
                        orEmpty(implementation.plannedCompletion()), orEmpty(implementation.statusReason()),
                        implementation.reports().size(), orEmpty(winner.project().latitude()), orEmpty(winner.project().longitude()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Response notFound() {
        return notFound(headers);
    }

    static Response notFound(HttpHeaders headers) {
        return ApiErrors.error(Response.Status.NOT_FOUND, "not-found", "api.error.not-found", headers);
    }

    /** An id from the URL: none when empty; anything but digits is refused with IllegalArgumentException. */
    static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw new IllegalArgumentException(value);
        }
        return Long.valueOf(value);
    }

    private static JsonValue text(String text) {
        return text == null ? JsonValue.NULL : JSON.createValue(text);
    }

    private static JsonValue date(LocalDate date) {
        return date == null ? JsonValue.NULL : JSON.createValue(date.toString());
    }

    private static JsonValue amount(Money money) {
        return money == null ? JsonValue.NULL : JSON.createValue(money.hryvnias());
    }

    private static JsonValue decimal(BigDecimal value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }
}
