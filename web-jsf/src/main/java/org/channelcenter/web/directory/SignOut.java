package org.channelcenter.web.directory;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.channelcenter.directory.boundary.SignIns;

/** Sign-out (a POST from the header): audit, end the authenticated session, back to sign-in. */
@Named
@RequestScoped
public class SignOut {

    @EJB
    SignIns signIns;

    @Inject
    FacesContext faces;

    public void signOut() throws IOException, ServletException {
        signIns.recordSignOut();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
