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
import java.io.PrintWriter;
import org.channelcenter.commerce.entity.CommerceRefusedException;
import org.channelcenter.commerce.entity.LicenseRefusedException;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.customer.entity.CustomerUserRefusedException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.InvitationRefusedException;
import org.channelcenter.partnership.entity.PartnershipRefusedException;

/**
 * Test-only base of the probes: signs in as {@code login}/{@code password} for this one request (through the
 * portal's own authentication mechanism; anonymous without {@code login}) and lets the probe call boundaries as
 * that user, so tests show what the EJBs themselves allow, without a browser. Answers the op's
 * {@code key=value} lines and {@code result=ok|refused|denied} with the refusal's {@code reason}.
 */
public abstract class SignedInProbe extends HttpServlet {

    @Inject
    SecurityContext securityContext;

    /** Calls the boundary for {@code op} as the signed-in user and writes what the test needs to know. */
    protected abstract void answer(String op, HttpServletRequest request, PrintWriter out) throws Exception;

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
        response.setStatus(200);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        try {
            answer(request.getParameter("op"), request, out);
            out.println("result=ok");
        } catch (DomainException refused) {
            out.println("result=refused");
            out.println("reason=" + reasonOf(refused));
        } catch (EJBAccessException denied) {
            out.println("result=denied");
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The refusal's reason as the web tier would key it: the enum reason where there is one. */
    private static String reasonOf(DomainException refused) {
        if (refused instanceof PartnershipRefusedException partnership) {
            return partnership.reason().name();
        }
        if (refused instanceof CommerceRefusedException commerce) {
            return commerce.reason().name();
        }
        if (refused instanceof CustomerRefusedException customer) {
            return customer.reason().name();
        }
        if (refused instanceof CustomerUserRefusedException customerUser) {
            return customerUser.reason().name();
        }
        if (refused instanceof LicenseRefusedException license) {
            return license.reason().name();
        }
        if (refused instanceof InvitationRefusedException invitation) {
            return invitation.refusal().name();
        }
        return refused.getClass().getSimpleName();
    }
}
