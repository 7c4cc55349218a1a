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

    @EJB
    SignIns signIns;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result =
                signIns.verify(credential.getCaller(), credential.getPassword().getValue(), request.getRemoteAddr());
        return result.succeeded()
                ? new CredentialValidationResult(result.loginName(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
