package ua.uchast.platform.web;

import jakarta.el.ExpressionFactory;
import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;

/**
 * {@code <u:describe for="id" hint="true"/>} in the field tag: ties the field's input to its hint and, when the field is
 * at fault, to its message ({@code aria-describedby}), and says whether it is at fault ({@code aria-invalid}), so a
 * screen reader reads them with the field. The input is the tag's sibling with that id; the hint and the message are
 * its siblings with the ids {@code <id>_hint} and {@code <id>_message}.
 */
public class FieldDescription extends TagHandler {

    private final TagAttribute target;
    private final TagAttribute hint;

    public FieldDescription(TagConfig config) {
        super(config);
        this.target = getRequiredAttribute("for");
        this.hint = getAttribute("hint");
    }

    @Override
    public void apply(FaceletContext context, UIComponent parent) {
        String id = target.getValue(context);
        boolean hinted = hint != null && hint.getBoolean(context);
        ExpressionFactory expressions = context.getExpressionFactory();
        for (UIComponent sibling : parent.getChildren()) {
            if (id.equals(sibling.getId())) {
                String describedBy = hinted
                        ? "#{component.clientId}_hint#{component.valid ? '' : ' '.concat(component.clientId).concat('_message')}"
                        : "#{component.valid ? null : component.clientId.concat('_message')}";
                sibling.getPassThroughAttributes().put("aria-describedby", expression(expressions, context, describedBy));
                sibling.getPassThroughAttributes().put("aria-invalid",
                        expression(expressions, context, "#{component.valid ? 'false' : 'true'}"));
            }
        }
    }

    private static ValueExpression expression(ExpressionFactory expressions, FaceletContext context, String text) {
        return expressions.createValueExpression(context, text, Object.class);
    }
}
