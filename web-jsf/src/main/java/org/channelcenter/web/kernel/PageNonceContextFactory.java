package org.channelcenter.web.kernel;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.lifecycle.Lifecycle;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.csp.CspResponseWriter;
import org.primefaces.csp.CspState;

/**
 * Gives every request {@link PageNonceState} as PrimeFaces' CSP state (registered in faces-config.xml, so it wraps
 * PrimeFaces' own context factory). PrimeFaces finds the state under {@code CspState}'s name in the context's
 * attributes (its phase listener, the AJAX answer's writer) and also hands the one it made itself to the page
 * writer; this context gives the page writer this state first, so PrimeFaces leaves that writer as it is.
 */
public class PageNonceContextFactory extends FacesContextFactory {

    public PageNonceContextFactory(FacesContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(Object context, Object request, Object response, Lifecycle lifecycle) {
        FacesContext faces = getWrapped().getFacesContext(context, request, response, lifecycle);
        if (!PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp()) {
            return faces;
        }
        PageNonceState state = new PageNonceState(faces);
        faces.getAttributes().put(CspState.class.getName(), state);
        return new WithPageNonce(faces, state);
    }

    private static final class WithPageNonce extends FacesContextWrapper {

        private final PageNonceState state;

        WithPageNonce(FacesContext wrapped, PageNonceState state) {
            super(wrapped);
            this.state = state;
            FacesContext.setCurrentInstance(this);
        }

        @Override
        public void setResponseWriter(ResponseWriter writer) {
            // as PrimeFaces does it: pages get the CSP writer, AJAX answers get theirs from the partial view context
            boolean page = writer != null && !getPartialViewContext().isAjaxRequest() && !hasCspWriter(writer);
            getWrapped().setResponseWriter(page ? new CspResponseWriter(writer, state) : writer);
        }

        private static boolean hasCspWriter(ResponseWriter writer) {
            for (ResponseWriter w = writer; w != null; ) {
                if (w instanceof CspResponseWriter) {
                    return true;
                }
                w = w instanceof ResponseWriterWrapper wrapper ? wrapper.getWrapped() : null;
            }
            return false;
        }
    }
}
