package ua.uchast.platform.web;

import ua.uchast.platform.control.UiText;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Money fields: whole hryvnias as a {@code Long}, shown as "1 500 000". */
@FacesConverter("uchast.hryvnias")
public class HryvniasConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        return WholeNumbers.parse(value, "validation.hryvniasFormat");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : UiText.groupAmount(value).replace('\u00a0', ' ');
    }
}
