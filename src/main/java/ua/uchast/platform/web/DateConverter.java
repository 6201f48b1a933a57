package ua.uchast.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.omnifaces.util.Messages;

/**
 * Dates as people type them here, "01.03.2027", parsed strictly: 31.02.2028 is refused with a message saying that no
 * such date exists, never moved to the end of the month. Every date field uses it (the {@code <u:date>} tag).
 */
@FacesConverter("uchast.date")
public class DateConverter implements Converter<LocalDate> {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SHAPE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return parse(text).orElseThrow(() -> new ConverterException(Messages.createError(refusalKey(text), text)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : FORMAT.format(value);
    }

    /** Why a text that {@link #parse} refused is not a date: no such day (31.02.2028), or not written as a date. */
    public static String refusalKey(String text) {
        return SHAPE.matcher(text).matches() ? "validation.noSuchDate" : "validation.date";
    }

    /** "1.3.2027" is read as 01.03.2027; anything else that is not a real day is empty. */
    public static Optional<LocalDate> parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.");
        try {
            return Optional.of(LocalDate.parse(String.format("%02d.%02d.%s", Integer.parseInt(parts[0]),
                    Integer.parseInt(parts[1]), parts[2]), FORMAT));
        } catch (DateTimeParseException impossible) {
            return Optional.empty();
        }
    }
}
