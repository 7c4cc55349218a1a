package org.channelcenter.it.support;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.InvitationRefusedException;

/**
 * Test-only base of the probes: signs in as {@code login}/{@code password} for this one request (through the
 * portal's own authentication mechanism; anonymous without {@code login}) and lets the probe call boundaries as
 * that user, so tests show what the EJBs themselves allow, without a browser. Answers a {@link ProbeAnswer}
 * as JSON: the op's values, and the outcome ok, refused (with the refusal's reason) or denied.
 */
public abstract class SignedInProbe extends HttpServlet {

    @Inject
    SecurityContext securityContext;

    /** Calls the boundary for {@code op} as the signed-in user and puts what the test needs to know in values. */
    protected abstract void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getParameter("login");
        if (login != null) {
            AuthenticationStatus status = securityContext.authenticate(
                    request,
                    response,
                    withParams()
                            .credential(new UsernamePasswordCredential(login, request.getParameter("password")))
                            .newAuthentication(true));
            if (status != AuthenticationStatus.SUCCESS) {
                response.sendError(401, "sign-in failed: " + status);
                return;
            }
        }
        // values put before a refusal stay in the answer: a refusal may carry what the test checks (quantities)
        Map<String, String> values = new LinkedHashMap<>();
        ProbeAnswer answer;
        try {
            answer(request.getParameter("op"), request, values);
            answer = new ProbeAnswer(ProbeAnswer.OK, "", values);
        } catch (DomainException refused) {
            answer = new ProbeAnswer("refused", reasonOf(refused), values);
        } catch (EJBAccessException denied) {
            answer = new ProbeAnswer("denied", "", values);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        JsonAnswers.write(response, answer);
    }

    /**
     * The refusal's reason by its name (e.g. {@code CONCURRENT_CHANGE}); for an invitation, the lifecycle's own
     * refusal, which its reason only words for the kind of invitation.
     */
    private static String reasonOf(DomainException refused) {
        return refused instanceof InvitationRefusedException invitation
                ? invitation.refusal().name()
                : String.valueOf(refused.reason());
    }
}
