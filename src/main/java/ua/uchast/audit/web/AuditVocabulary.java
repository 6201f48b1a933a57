package ua.uchast.audit.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.platform.control.UiText;

/**
 * Puts audit entries into words, for any action any component records, now or later. From the bundle:
 * {@code audit.action.<action>} (what was done), {@code audit.subject.<SubjectType>} (to what), {@code
 * audit.field.<field>} (each field's name) and {@code audit.values.<field>=<prefix>} (its values are translated by the
 * keys {@code <prefix><VALUE>}, e.g. {@code audit.values.status=status.}). Whatever has no key is still shown readably
 * ("supportersThreshold" as "Supporters threshold"), never as a bare key. Fields named like an amount (…budget, …cost,
 * …amount) are hryvnias; ISO dates are written as people write them.
 */
public final class AuditVocabulary {

    private static final List<String> NAME_FIELDS = List.of("title", "name", "fullName", "username");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern MONEY = Pattern.compile("(?i).*(budget|cost|amount)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    /** One field as it was and as it became; either side is "—" when the field did not exist then. */
    public record Change(String field, String before, String after) {
    }

    /** An entry in words. */
    public record Line(AuditEntry entry, String action, String subject, List<Change> changes) {
    }

    private final Locale locale;
    private final ResourceBundle bundle;

    public AuditVocabulary(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(UiText.BUNDLE, locale);
    }

    public Line describe(AuditEntry entry) {
        JsonObject before = parse(entry.before());
        JsonObject after = parse(entry.after());
        return new Line(entry, action(entry.action()), subject(entry, after == null ? before : after),
                changes(before, after));
    }

    /** What was done: the bundle's words, or the action's own words ("project.reviewed.ACCEPT" → "Project reviewed accept"). */
    public String action(String action) {
        return text("audit.action." + action).orElseGet(() -> sentence(humanized(action.replace('.', ' '))));
    }

    private String subject(AuditEntry entry, JsonObject state) {
        String kind = text("audit.subject." + entry.subjectType())
                .orElseGet(() -> sentence(humanized(entry.subjectType())));
        String name = state == null ? null : NAME_FIELDS.stream().filter(state::containsKey)
                .map(field -> state.get(field)).filter(value -> value instanceof JsonString)
                .map(value -> ((JsonString) value).getString()).findFirst().orElse(null);
        if (name != null) {
            return kind + " «" + name + "»";
        }
        return entry.subjectId() == null ? kind : kind + " № " + entry.subjectId();
    }

    private List<Change> changes(JsonObject before, JsonObject after) {
        Set<String> fields = new LinkedHashSet<>();
        if (after != null) {
            fields.addAll(after.keySet());
        }
        if (before != null) {
            fields.addAll(before.keySet());
        }
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonValue was = before == null ? null : before.get(field);
            JsonValue is = after == null ? null : after.get(field);
            boolean shown = before != null && after != null ? !String.valueOf(was).equals(String.valueOf(is))
                    : (was != null && was != JsonValue.NULL) || (is != null && is != JsonValue.NULL);
            if (shown) {
                changes.add(new Change(fieldName(field), value(field, was), value(field, is)));
            }
        }
        return changes;
    }

    private String fieldName(String field) {
        return text("audit.field." + field).orElseGet(() -> IDENTIFIER.matcher(field).matches() ? sentence(humanized(field)) : field);
    }

    private String value(String field, JsonValue value) {
        if (value == null) {
            return "—";
        }
        return switch (value.getValueType()) {
            case TRUE -> text("audit.yes").orElse("yes");
            case FALSE -> text("audit.no").orElse("no");
            case NUMBER -> number(field, (JsonNumber) value);
            case STRING -> string(field, ((JsonString) value).getString());
            case ARRAY -> value.asJsonArray().stream().map(item -> value(field, item)).collect(Collectors.joining("\n"));
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .map(part -> fieldName(part.getKey()) + ": " + value(part.getKey(), part.getValue()))
                    .collect(Collectors.joining("; "));
            case NULL -> "—";
        };
    }

    private String number(String field, JsonNumber number) {
        if (!number.isIntegral()) {
            return number.toString();
        }
        long value = number.longValue();
        return MONEY.matcher(field).matches() ? UiText.groupAmount(value) + "\u00a0грн" : UiText.groupDigits(value);
    }

    private String string(String field, String value) {
        return text("audit.values." + field).flatMap(prefix -> text(prefix + value))
                .orElseGet(() -> ISO_DATE.matcher(value).replaceAll("$3.$2.$1").replace("..", " – "));
    }

    private Optional<String> text(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject()
                    : JSON.createObjectBuilder(Map.of("value", value)).build();
        }
    }

    private String humanized(String words) {
        return CAMEL.matcher(words).replaceAll(" ").replace('_', ' ').toLowerCase(locale);
    }

    private String sentence(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(locale) + words.substring(1);
    }
}
