package ua.uchast.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.omnifaces.util.Messages;

/** Counts (years, numbers of votes or choices) as an {@code Integer}. */
@FacesConverter("uchast.count")
public class CountConverter implements Converter<Integer> {

    private static final String ERROR = "validation.countFormat";

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        Long number = WholeNumbers.parse(value, ERROR);
        if (number != null && number > Integer.MAX_VALUE) {
            throw new ConverterException(Messages.createError(ERROR, value));
        }
        return number == null ? null : number.intValue();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
    }
}
