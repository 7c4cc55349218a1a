package org.channelcenter.web.kernel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The Content-Security-Policy nonce of one page (view), drawn when the page was first rendered and checked against
 * the {@code primefaces.nonce} parameter of its postbacks ({@link PageNonceState}). A view-scoped bean, so that it
 * is kept where the page's other view-scoped beans are and fails over with them to another server reading the
 * session ({@code cc.sessions=database}).
 */
@Named
@ViewScoped
public class PageNonce implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;

    /** The page's nonce; null while it has none. */
    public String value() {
        return value;
    }

    void keep(String nonce) {
        this.value = nonce;
    }
}
