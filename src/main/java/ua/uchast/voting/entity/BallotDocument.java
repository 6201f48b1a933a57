package ua.uchast.voting.entity;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

/**
 * The ballot a voter signs with a qualified e-signature: UTF-8 JSON with keys in order and no white space, holding the
 * hromada, the cycle, the choices, a one-time nonce, when it was issued and until when it may be cast (30 minutes), and
 * — where the hromada accepts it — the voter's declaration that they live there. The server accepts a signature only
 * over exactly the bytes it issued.
 */
public final class BallotDocument {

    public static final Duration VALIDITY = Duration.ofMinutes(30);
    public static final int MAX_BYTES = 8 * 1024;
    private static final Pattern NONCE = Pattern.compile("\"nonce\":\"([0-9a-f]{32})\"}$");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The voter's declaration of residence in the document: the sentence they sign and the settlement they named. */
    public record Declaration(String text, Long settlementId) {
    }

    private final String hromada;
    private final Long cycleId;
    private final Choices choices;
    private final Declaration declaration;
    private final String nonce;
    private final LocalDateTime issuedAt;
    private final LocalDateTime expiresAt;

    private BallotDocument(String hromada, Long cycleId, Choices choices, Declaration declaration, String nonce,
            LocalDateTime issuedAt, LocalDateTime expiresAt) {
        this.hromada = hromada;
        this.cycleId = cycleId;
        this.choices = choices;
        this.declaration = declaration;
        this.nonce = nonce;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** A new document with a fresh nonce, valid for {@link #VALIDITY} from {@code now} (UTC). */
    public static BallotDocument issue(String hromada, Long cycleId, Choices choices, Declaration declaration, LocalDateTime now) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        LocalDateTime issued = now.truncatedTo(ChronoUnit.SECONDS);
        return new BallotDocument(hromada, cycleId, choices, declaration, HexFormat.of().formatHex(nonce), issued,
                issued.plus(VALIDITY));
    }

    /** The nonce of what claims to be a ballot document, read without trusting anything else in it. */
    public static Optional<String> nonceIn(byte[] content) {
        if (content == null || content.length > MAX_BYTES) {
            return Optional.empty();
        }
        Matcher matcher = NONCE.matcher(new String(content, StandardCharsets.UTF_8));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Reads a document this server issued (as stored with its nonce); refuses anything not in canonical form. */
    public static BallotDocument read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("ballot document too large");
        }
        try {
            JsonObject json = JSON.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).readObject();
            Map<Long, List<Long>> chosen = new LinkedHashMap<>();
            json.getJsonObject("choices").forEach((category, projects) -> chosen.put(Long.valueOf(category),
                    projects.asJsonArray().getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValueExact).toList()));
            Declaration declaration = null;
            if (json.containsKey("declaration")) {
                JsonObject declared = json.getJsonObject("declaration");
                declaration = new Declaration(declared.getString("text"),
                        declared.containsKey("settlement") ? declared.getJsonNumber("settlement").longValueExact() : null);
            }
            BallotDocument document = new BallotDocument(json.getString("hromada"), json.getJsonNumber("cycle").longValueExact(),
                    Choices.of(chosen), declaration, json.getString("nonce"), utc(json.getString("issuedAt")),
                    utc(json.getString("expiresAt")));
            if (!Arrays.equals(document.bytes(), bytes)) {
                throw new IllegalArgumentException("ballot document not in canonical form");
            }
            return document;
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException | NumberFormatException
                | DateTimeParseException e) {
            throw new IllegalArgumentException("not a ballot document", e);
        }
    }

    /** The exact bytes to sign. */
    public byte[] bytes() {
        StringBuilder json = new StringBuilder("{\"choices\":").append(choices.canonical()).append(",\"cycle\":").append(cycleId);
        if (declaration != null) {
            json.append(",\"declaration\":{");
            if (declaration.settlementId() != null) {
                json.append("\"settlement\":").append(declaration.settlementId()).append(',');
            }
            json.append("\"text\":").append(quoted(declaration.text())).append('}');
        }
        json.append(",\"expiresAt\":").append(quoted(INSTANT.format(expiresAt.toInstant(ZoneOffset.UTC))))
                .append(",\"hromada\":").append(quoted(hromada))
                .append(",\"issuedAt\":").append(quoted(INSTANT.format(issuedAt.toInstant(ZoneOffset.UTC))))
                .append(",\"nonce\":").append(quoted(nonce)).append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static LocalDateTime utc(String instant) {
        return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }

    public String hromada() {
        return hromada;
    }

    public Long cycleId() {
        return cycleId;
    }

    public Choices choices() {
        return choices;
    }

    public Optional<Declaration> declaration() {
        return Optional.ofNullable(declaration);
    }

    public String nonce() {
        return nonce;
    }

    public LocalDateTime issuedAt() {
        return issuedAt;
    }

    public LocalDateTime expiresAt() {
        return expiresAt;
    }
}
