package ua.uchast.results.boundary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.boundary.ApiErrors;
import ua.uchast.platform.entity.NotFoundException;

/**
 * What the open-data resources share: reading ids from the URL (one that is no id names nothing: 404 through
 * {@link ApiErrors}), the refusals of their own (409 not yet published, 400 a version that is not a number), dates as
 * UTC instants, exact amounts, and CSV written by Commons CSV — UTF-8, a
 * header row, text always quoted so a value with ";" or "," stays one field whichever separator a spreadsheet expects.
 */
final class OpenData {

    static final String CSV = "text/csv; charset=UTF-8";
    private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private OpenData() {
    }

    static Long id(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return Long.valueOf(id);
    }

    static Response notPublished(BudgetCycle cycle, HttpHeaders headers) {
        return ApiErrors.error(Response.Status.CONFLICT, "not-published", "results.notPublished", headers,
                DATE.format(cycle.phases().resultsDate()));
    }

    static Response badVersion(HttpHeaders headers) {
        return ApiErrors.error(Response.Status.BAD_REQUEST, "bad-version", "results.badVersion", headers);
    }

    static JsonValue instant(LocalDateTime utc) {
        return utc == null ? JsonValue.NULL : JSON.createValue(utc.toInstant(ZoneOffset.UTC).toString());
    }

    static JsonValue text(String text) {
        return text == null ? JsonValue.NULL : JSON.createValue(text);
    }

    static JsonValue number(Long number) {
        return number == null ? JsonValue.NULL : JSON.createValue(number);
    }

    /** An amount in units of 10^-scale: whole hryvnias stay whole numbers, 133175111 at scale 2 is 1331751.11. */
    static JsonValue amount(long units, int scale) {
        return scale == 0 ? JSON.createValue(units) : JSON.createValue(BigDecimal.valueOf(units, scale));
    }

    static Object csvAmount(long units, int scale) {
        return scale == 0 ? (Object) units : BigDecimal.valueOf(units, scale);
    }

    /** A CSV file: the header, then the rows; numbers unquoted, everything else quoted. */
    static String csv(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV_FORMAT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Response download(String content, String type, String fileName) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
