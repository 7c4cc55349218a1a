package org.channelcenter.web.directory;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.channelcenter.web.i18n.Messages;

/** The sign-in page: hands the typed credentials to the container's authentication mechanism. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String username;

    private String password;

    public void signIn() throws IOException {
        // Faces checks "required" only for fields that were sent: a post without one is answered as the page would.
        if (username == null || password == null) {
            messages.errorAt(
                    username == null ? "loginForm:username" : "loginForm:password",
                    username == null ? "signIn.username.required" : "signIn.password.required");
            password = null;
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // A new session id at sign-in, so an id planted before sign-in is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(
                    pageAskedFor(request).orElse(external.getRequestContextPath() + "/dashboard.xhtml"));
            default -> {
                password = null;
                messages.errorAt(
                        "loginForm:password",
                        request.getAttribute(DirectoryIdentityStore.THROTTLED) != null
                                ? "signIn.throttled"
                                : "signIn.failed");
            }
        }
    }

    /**
     * The page that sent the user here to sign in (e.g. an invitation link), as {@link SessionSignIn} remembered it
     * in the session when it sent them here: the sign-in happens on a later request, so the user is sent on from
     * here. Only a path on this server is followed.
     */
    static Optional<String> pageAskedFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionSignIn.PAGE_ASKED_FOR) instanceof String asked)) {
            return Optional.empty();
        }
        session.removeAttribute(SessionSignIn.PAGE_ASKED_FOR);
        return localPathOf(asked);
    }

    static Optional<String> localPathOf(String savedUrl) {
        try {
            URI uri = new URI(savedUrl);
            String path = uri.getRawPath();
            // Pages only: the browser's own requests (favicon.ico) also pass through the sign-in and leave
            // their address behind; the root is the dashboard anyway, which sign-in then shows by its name.
            if (path == null
                    || !path.startsWith("/")
                    || path.startsWith("//")
                    || !path.endsWith(".xhtml")
                    || path.contains("login.xhtml")
                    || path.startsWith("/error/")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
