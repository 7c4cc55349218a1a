package org.channelcenter.web.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form sign-in through our own PrimeFaces page (so it is localized and can say why sign-in failed); credentials
 * are checked by {@link DirectoryIdentityStore}, and who signed in is kept in the HTTP session
 * ({@link SignedInCaller}) and handed to the container again on each request. Someone who is not signed in and
 * asks for a page that needs it is sent to the sign-in page, which brings them back there afterwards
 * ({@link #PAGE_ASKED_FOR}).
 *
 * <p>Why not the container's form mechanism: Liberty remembers its sign-in in an authentication cache in the
 * server's memory, keyed from the security cookie, so another server (even one with the same LTPA keys) answers
 * that cookie with the sign-in page. The session, persisted in the database when {@code cc.sessions=database},
 * is readable by every server, so a user whose server stops goes on, signed in, on the other. Whether the user
 * may still do anything is not remembered here: boundaries look the caller up in the database on every request
 * (a deactivated user or removed organization is nobody at once).
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = SignedInCaller.class.getName();

    /** The address of the page that sent someone to sign in (a session attribute; read by {@link SignInPage}). */
    static final String PAGE_ASKED_FOR = SessionSignIn.class.getName() + ".pageAskedFor";

    static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.roles());
        }
        if (context.isProtected()) {
            rememberPageAskedFor(request);
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    /** Pages only: the browser's own requests (favicon.ico) must not replace the page the person asked for. */
    private static void rememberPageAskedFor(HttpServletRequest request) {
        String query = request.getQueryString();
        String asked = request.getRequestURL() + (query == null ? "" : "?" + query);
        if ("GET".equals(request.getMethod()) && SignInPage.localPathOf(asked).isPresent()) {
            request.getSession(true).setAttribute(PAGE_ASKED_FOR, asked);
        }
    }

    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession(true)
                    .setAttribute(
                            SIGNED_IN,
                            new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        }
        // A refused sign-in is answered as the container answers it (SEND_FAILURE): the page says why.
        return context.notifyContainerAboutLogin(result);
    }

    /** Sign-out ({@code request.logout()}): the session no longer names anybody, even before it is invalidated. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
    }
}
