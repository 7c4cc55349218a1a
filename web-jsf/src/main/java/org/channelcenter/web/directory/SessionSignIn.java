package org.channelcenter.web.directory;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Optional;
import org.channelcenter.directory.boundary.SignInResult;
import org.channelcenter.directory.boundary.SignIns;

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
 *
 * <p>Each sign-in is also a row in the database ({@link SignIns#beginSession}) whose random token the browser holds
 * in the cookie {@value #SIGN_IN_COOKIE} and the session holds in {@link SignedInCaller} (issue 15, point 4). Every
 * request checks that the row still exists, so a sign-out (which deletes it) ends that browser's sign-in on every
 * server at once, for its session and any copy of its cookies, even after the same user signs in again elsewhere,
 * while the user's other browsers stay signed in. A server that does not know the browser's session (it restarted,
 * or keeps sessions in memory) signs the browser in again from the cookie, so a restart signs nobody out.
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = SignedInCaller.class.getName();

    /** The address of the page that sent someone to sign in (a session attribute; read by {@link SignInPage}). */
    static final String PAGE_ASKED_FOR = SessionSignIn.class.getName() + ".pageAskedFor";

    static final String SIGN_IN_PAGE = "/login.xhtml";

    private static final String RESOURCES = "/jakarta.faces.resource/";

    /** The cookie that holds the browser's sign-in token. */
    static final String SIGN_IN_COOKIE = "CCSignIn";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    SignIns signIns;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(credential, request, context);
        }
        if (!context.isProtected() && request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            // scripts, styles and images need nobody: no sign-in check (a database read) for each of them
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedInCaller caller) {
            if (signIns.sessionHolds(caller.token())) {
                return context.notifyContainerAboutLogin(caller.name(), caller.roles());
            }
            // signed out (here or on another server), idle or ended: this session names nobody any more
            session.removeAttribute(SIGNED_IN);
            forgetSignInCookie(request, response);
        } else {
            Optional<String> token = signInCookie(request);
            if (token.isPresent()) {
                Optional<SignInResult> resumed = signIns.resumeSession(token.get());
                if (resumed.isPresent()) {
                    return resume(resumed.get(), token.get(), request, context);
                }
                forgetSignInCookie(request, response);
            }
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
            String name = result.getCallerPrincipal().getName();
            String token = signIns.beginSession(name);
            HttpSession session = request.getSession(true);
            // a browser that signs in again without signing out ends its earlier sign-in
            if (session.getAttribute(SIGNED_IN) instanceof SignedInCaller earlier) {
                signIns.endSession(earlier.token());
            }
            session.setAttribute(SIGNED_IN, new SignedInCaller(name, result.getCallerGroups(), token));
            context.getResponse().addHeader("Set-Cookie", signInCookie(request, token, -1));
        }
        // A refused sign-in is answered as the container answers it (SEND_FAILURE): the page says why.
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A browser whose sign-in still holds but whose session this server does not have: a new session id (none
     * planted before survives into the sign-in) names the caller again, with the roles the database gives now.
     */
    private static AuthenticationStatus resume(
            SignInResult user, String token, HttpServletRequest request, HttpMessageContext context) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SIGNED_IN, new SignedInCaller(user.loginName(), user.roles(), token));
        return context.notifyContainerAboutLogin(user.loginName(), user.roles());
    }

    /**
     * Sign-out ({@code request.logout()}): the sign-in's row is deleted, so the session, the cookie and any copy of
     * them name nobody on any server, and the session no longer names anybody, even before it is invalidated.
     */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(SIGNED_IN) instanceof SignedInCaller caller) {
                signIns.endSession(caller.token());
            }
            session.removeAttribute(SIGNED_IN);
        }
        signInCookie(request).ifPresent(signIns::endSession);
        forgetSignInCookie(request, response);
    }

    private static Optional<String> signInCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> SIGN_IN_COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }

    private static void forgetSignInCookie(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", signInCookie(request, "", 0));
    }

    /**
     * The cookie as a header, since the Servlet API's cookie cannot say SameSite: for the browser's session only
     * (no expiry date) unless {@code maxAge} is 0, which deletes it; like the session cookie, not readable by
     * scripts and not sent on cross-site sub-requests; Secure when the request came over HTTPS (directly or through
     * a trusted proxy) or the session cookie is Secure ({@code cc.cookies.secure}).
     */
    private static boolean secure(HttpServletRequest request) {
        return request.isSecure()
                || request.getServletContext().getSessionCookieConfig().isSecure();
    }

    private static String signInCookie(HttpServletRequest request, String value, int maxAge) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return SIGN_IN_COOKIE + "=" + value + "; Path=" + path + (maxAge >= 0 ? "; Max-Age=" + maxAge : "")
                + "; HttpOnly; SameSite=Lax" + (secure(request) ? "; Secure" : "");
    }
}
