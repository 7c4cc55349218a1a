package org.channelcenter.web.directory;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.channelcenter.kernel.entity.Role;

/**
 * Form sign-in through our own PrimeFaces page (so it is localized and can say why sign-in failed);
 * credentials are checked by {@link DirectoryIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({
    Role.Names.GLOBAL_ADMIN,
    Role.Names.ADMIN_AGENT,
    Role.Names.SALES_AGENT,
    Role.Names.HELPDESK_AGENT,
    Role.Names.STAFF
})
@ApplicationScoped
public class SecurityConfiguration {}
