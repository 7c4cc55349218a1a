package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.control.SignInFailures;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.Transactions;
import org.channelcenter.kernel.entity.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's identity store, through the container's own IdentityStoreHandler: right password
 * accepted with the user's roles, wrong one refused, repeated failures lock, and every attempt audited.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String PASSWORD = "Correct-Horse-7";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SampleData samples;

    @Inject
    SignInFailures signInFailures;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    private UserAccount newResellerAdmin() throws Exception {
        return Transactions.inTransaction(
                transaction,
                () -> samples.user(
                        samples.organization(OrganizationBuilder.reseller().named("Sign-in Test Reseller")),
                        UserAccountBuilder.user("admin")
                                .roles(Role.GLOBAL_ADMIN, Role.ADMIN_AGENT)
                                .password(PASSWORD)));
    }

    private CredentialValidationResult signIn(String login, String password) {
        return identityStores.validate(new UsernamePasswordCredential(login, password));
    }

    private List<String> auditedActionsFor(String login) throws Exception {
        return new Database(dataSource)
                .strings("select action from audit_event where actor_login = ? order by id", login);
    }

    @Test
    void acceptsTheRightPasswordWithTheUsersRoles() throws Exception {
        UserAccount user = newResellerAdmin();

        CredentialValidationResult result = signIn(user.getLoginName().toUpperCase(), PASSWORD);

        assertEquals(Status.VALID, result.getStatus());
        assertEquals(user.getLoginName(), result.getCallerPrincipal().getName());
        assertEquals(Set.of("GLOBAL_ADMIN", "ADMIN_AGENT"), result.getCallerGroups());
        assertEquals(List.of("SIGN_IN_SUCCEEDED"), auditedActionsFor(user.getLoginName()));
    }

    @Test
    void refusesAWrongPasswordAndAuditsIt() throws Exception {
        UserAccount user = newResellerAdmin();

        assertEquals(Status.INVALID, signIn(user.getLoginName(), PASSWORD + "x").getStatus());

        assertEquals(List.of("SIGN_IN_FAILED"), auditedActionsFor(user.getLoginName()));
        long concerned = new Database(dataSource)
                .count(
                        "select count(*) from audit_event_organization o"
                                + " join audit_event e on e.id = o.audit_event_id where e.actor_login = ? and o.organization_id = ?",
                        user.getLoginName(),
                        user.getOrganization().getId());
        assertEquals(1, concerned, "the failure concerns the user's organization");
    }

    @Test
    void refusesAnUnknownName() throws Exception {
        String unknown = "nobody@unknown-" + System.nanoTime() + ".channel.test";
        assertEquals(Status.INVALID, signIn(unknown, PASSWORD).getStatus());
        assertEquals(List.of("SIGN_IN_FAILED"), auditedActionsFor(unknown));
    }

    @Test
    void locksAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
        UserAccount user = newResellerAdmin();
        for (int i = 0; i < signInFailures.lockLimit(); i++) {
            assertEquals(
                    Status.INVALID, signIn(user.getLoginName(), "wrong-" + i).getStatus());
        }

        assertEquals(Status.INVALID, signIn(user.getLoginName(), PASSWORD).getStatus());

        List<String> actions = auditedActionsFor(user.getLoginName());
        assertTrue(actions.contains("ACCOUNT_LOCKED"), actions::toString);
        assertEquals("SIGN_IN_REFUSED_LOCKED", actions.get(actions.size() - 1));
    }
}
