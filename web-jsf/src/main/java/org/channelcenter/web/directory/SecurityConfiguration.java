package org.channelcenter.web.directory;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.channelcenter.kernel.entity.Role;

/** The roles the portal's pages and boundaries check; who has them is decided at sign-in ({@link SessionSignIn}). */
@DeclareRoles({
    Role.Names.GLOBAL_ADMIN,
    Role.Names.ADMIN_AGENT,
    Role.Names.SALES_AGENT,
    Role.Names.HELPDESK_AGENT,
    Role.Names.BILLING_ADMIN,
    Role.Names.STAFF
})
@ApplicationScoped
public class SecurityConfiguration {}
