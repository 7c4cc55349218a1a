package org.channelcenter.web.directory;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.channelcenter.directory.boundary.SignInResult;
import org.channelcenter.directory.boundary.SignIns;

/**
 * The identity store over the users table. All the rules (hash check, lock-out, audit) live in the
 * {@link SignIns} boundary; this class only translates to Jakarta Security.
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

    /**
     * Request attribute set when the attempt was throttled (too many failures from the address): Jakarta Security
     * has no such outcome, and the sign-in page says "try again later" rather than "wrong password".
     */
    public static final String THROTTLED = DirectoryIdentityStore.class.getName() + ".throttled";

    @EJB
    SignIns signIns;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result =
                signIns.verify(credential.getCaller(), credential.getPassword().getValue(), request.getRemoteAddr());
        if (result.outcome() == SignInResult.Outcome.THROTTLED) {
            request.setAttribute(THROTTLED, Boolean.TRUE);
        }
        return result.succeeded()
                ? new CredentialValidationResult(result.loginName(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
