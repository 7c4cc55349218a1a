package org.channelcenter.web.kernel;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.primefaces.csp.CspException;
import org.primefaces.csp.CspState;

/**
 * PrimeFaces' nonce handling for one request, with the page's nonce kept in a view-scoped bean ({@link PageNonce})
 * instead of the view map. The rules are PrimeFaces 15's ({@code CspState#getNonce}): a new page draws a fresh
 * random nonce; a postback must send its page's nonce ({@code primefaces.nonce}, added to every form by PrimeFaces'
 * script) and keeps it, because an AJAX answer runs under the policy the page was loaded with.
 *
 * <p>Why not the view map: Open Liberty's MyFaces keeps a value put into the view map directly (not a CDI bean) under
 * a key of class {@code org.apache.myfaces.cdi.NonContextualKey}, in a package Liberty's MyFaces bundle does not export
 * for deserialization. A session holding one cannot be read by another server (SESN0051E, ClassNotFoundException),
 * so with PrimeFaces' own state every page a user had open was lost when their server stopped (TwoServersIT). CDI
 * beans are kept under their bean id, which every server reads.
 */
public class PageNonceState extends CspState {

    /** The request parameter PrimeFaces' script sends the page's nonce in. */
    static final String NONCE_PARAMETER = "primefaces.nonce";

    private final FacesContext context;
    private String nonce;

    public PageNonceState(FacesContext context) {
        super(context);
        this.context = context;
    }

    @Override
    public String getNonce() {
        if (nonce == null) {
            // Not PrimeFaces' "postback or AJAX": an AJAX request that is no postback (the GET a browser's script makes
            // when following a redirect answer, e.g. to the sign-in page) comes from no page, so it has no nonce to
            // keep or check; PrimeFaces refused it ("Missing CSP nonce")
            nonce = context.isPostback() ? ofPostback() : fresh();
        }
        return nonce;
    }

    /**
     * For a postback whose page is restored: true when it sent its page's nonce (or, for a page that kept none, one
     * PrimeFaces could have drawn). Otherwise the request goes on with a fresh nonce, for the page that refuses it.
     */
    boolean postbackSentItsPagesNonce() {
        try {
            getNonce();
            return true;
        } catch (CspException refused) {
            nonce = generateNonce();
            return false;
        }
    }

    private String fresh() {
        String drawn = generateNonce();
        keepWithPage(drawn);
        return drawn;
    }

    private String ofPostback() {
        String sent = context.getExternalContext().getRequestParameterMap().get(NONCE_PARAMETER);
        PageNonce page = page();
        String kept = page == null ? null : page.value();
        if (kept != null) {
            if (!kept.equals(Objects.toString(sent, ""))) {
                throw new CspException("CSP nonce mismatch");
            }
            return kept;
        }
        // a page without one: a view made during this postback (navigation) or one without state; as PrimeFaces
        // does, the page's nonce is the one sent, or a fresh one for a forward that sent none
        String taken = sent == null || sent.isBlank() ? (isForward(context) ? generateNonce() : sent) : sent;
        validate(taken);
        keepWithPage(taken);
        return taken;
    }

    private void keepWithPage(String value) {
        PageNonce page = page();
        if (page != null) {
            page.keep(value);
        }
    }

    /** The page's nonce bean; none for a stateless (transient) view, which has no view scope. */
    private PageNonce page() {
        UIViewRoot view = context.getViewRoot();
        if (view == null || view.isTransient()) {
            return null;
        }
        return CDI.current().select(PageNonce.class).get();
    }

    /** The nonce is user input on a postback: only a value PrimeFaces could have drawn goes into the header. */
    private static void validate(String value) {
        if (value == null || value.isEmpty()) {
            throw new CspException("Missing CSP nonce");
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new CspException("Invalid CSP nonce", e);
        }
    }
}
