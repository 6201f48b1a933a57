package ua.uchast.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.omnifaces.util.Messages;

/**
 * Money and counts as people type them: "1 500 000", "1500000 грн". Refuses kopecks, minus signs and letters with a
 * message that says what to type. Money fields get {@code Long}; the {@code count} variant gives {@code Integer}.
 */
@FacesConverter("uchast.hryvnias")
public class WholeNumberConverter implements Converter<Long> {

    private static final int MAX_DIGITS = 13;

    private final String errorKey;

    public WholeNumberConverter() {
        this("validation.hryvniasFormat");
    }

    private WholeNumberConverter(String errorKey) {
        this.errorKey = errorKey;
    }

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.replaceAll("[\\s\u00a0\u202f]", "").replaceFirst("(?iu)(грн\\.?|uah)$", "");
        if (!digits.matches("\\d{1," + MAX_DIGITS + "}")) {
            throw new ConverterException(Messages.createError(errorKey, value));
        }
        return Long.valueOf(digits);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : UiText.groupDigits(value).replace('\u00a0', ' ');
    }

    /**
     * The same rules for counts (years, ages, numbers of votes). It holds a converter rather than subclassing one: an
     * anonymous subclass was picked up by the container's annotation scan as a converter of its own.
     */
    @FacesConverter("uchast.count")
    public static class Count implements Converter<Integer> {

        private final WholeNumberConverter numbers = new WholeNumberConverter("validation.countFormat");

        @Override
        public Integer getAsObject(FacesContext context, UIComponent component, String value) {
            Long number = numbers.getAsObject(context, component, value);
            if (number != null && number > Integer.MAX_VALUE) {
                throw new ConverterException(Messages.createError("validation.countFormat", value));
            }
            return number == null ? null : number.intValue();
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Integer value) {
            return value == null ? "" : value.toString();
        }
    }
}
