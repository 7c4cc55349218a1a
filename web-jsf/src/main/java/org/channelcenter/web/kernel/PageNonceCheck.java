package org.channelcenter.web.kernel;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * A postback that does not send its page's CSP nonce ({@link PageNonceState}) gets the localized 400 page as soon as
 * its page is restored: before anything it posted is applied, and instead of the error PrimeFaces would raise while
 * rendering the answer. Only a client that is not running the page's script sends such a request.
 */
public class PageNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the page is known only after it is restored
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getViewRoot() == null
                || context.getResponseComplete()
                || !context.isPostback()
                || !(PrimeFacesContext.getCspState(context) instanceof PageNonceState state)
                || state.postbackSentItsPagesNonce()) {
            return;
        }
        context.getExternalContext().setResponseStatus(400);
        UIViewRoot refusal =
                context.getApplication().getViewHandler().createView(context, MalformedRequests.BAD_REQUEST_PAGE);
        context.setViewRoot(refusal);
        if (context.getPartialViewContext().isAjaxRequest()) {
            context.getPartialViewContext().setRenderAll(true);
        }
        context.renderResponse();
    }
}
