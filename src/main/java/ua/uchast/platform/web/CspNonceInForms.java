package ua.uchast.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;

import org.primefaces.context.PrimeFacesContext;

/**
 * The page's Content-Security-Policy nonce as a hidden field of every form. PrimeFaces refuses a form sent back
 * without it; its script adds the field, so without this a form sent with JavaScript off would fail. Written by the
 * response writer at the end of each form, so the component tree is left as the page built it.
 */
public class CspNonceInForms extends RenderKitFactory {

    static final String FIELD = "primefaces.nonce";

    public CspNonceInForms(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit renderKit = getWrapped().getRenderKit(context, renderKitId);
        return renderKit == null ? null : new RenderKitWrapper(renderKit) {
            @Override
            public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
                return new NonceWriter(super.createResponseWriter(writer, contentTypeList, characterEncoding));
            }
        };
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class NonceWriter extends ResponseWriterWrapper {

        NonceWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("form".equals(name)) {
                startElement("input", null);
                writeAttribute("type", "hidden", null);
                writeAttribute("name", FIELD, null);
                writeAttribute("value", PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce(), null);
                super.endElement("input");
            }
            super.endElement(name);
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new NonceWriter(getWrapped().cloneWithWriter(writer));
        }
    }
}
