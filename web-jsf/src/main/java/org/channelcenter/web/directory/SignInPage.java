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
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import org.channelcenter.web.i18n.Messages;

/** The sign-in page: hands the typed credentials to the container's authentication mechanism. */
@Named
@RequestScoped
public class SignInPage {

    /** Where Liberty's form login keeps the URL of the page that asked for sign-in. */
    private static final String SAVED_REQUEST_COOKIE = "WASReqURL";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String username;

    private String password;

    public void signIn() throws IOException {
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
            case SEND_CONTINUE -> faces.responseComplete(); // the mechanism redirects to the page asked for
            case SUCCESS -> external.redirect(
                    pageAskedFor(request).orElse(external.getRequestContextPath() + "/dashboard.xhtml"));
            default -> {
                password = null;
                messages.errorAt("loginForm:password", "signIn.failed");
            }
        }
    }

    /**
     * The page that sent the user here to sign in (e.g. an invitation link), as the server remembered it in its
     * saved-request cookie when it redirected to this page: the sign-in happens on a later request, so the
     * mechanism answers SUCCESS rather than continuing there itself. Only a path on this server is followed.
     */
    static Optional<String> pageAskedFor(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> SAVED_REQUEST_COOKIE.equals(cookie.getName()))
                .map(cookie -> localPathOf(cookie.getValue()))
                .flatMap(Optional::stream)
                .findFirst();
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
