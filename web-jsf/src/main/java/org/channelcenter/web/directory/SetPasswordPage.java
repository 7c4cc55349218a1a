package org.channelcenter.web.directory;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.directory.boundary.PasswordSetups;
import org.channelcenter.directory.entity.PasswordSetupRefusedException;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * The public page behind an invitation's link ({@code /public/set-password.xhtml?token=...}): a new user
 * chooses their password, once. The token is read from the address when the page opens and kept in the
 * view, so the form's POST does not carry it in the URL again.
 */
@Named
@ViewScoped
public class SetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PasswordSetups passwordSetups;

    @Inject
    DomainMessages messages;

    private String token;
    private String loginName;
    private String refusalKey;
    private boolean done;

    private String password;
    private String confirmation;

    @PostConstruct
    void open() {
        token = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("token");
        try {
            loginName = passwordSetups.loginNameFor(token);
        } catch (PasswordSetupRefusedException e) {
            refusalKey = messages.keyFor(e);
        }
    }

    public void save() {
        try {
            if (password == null || !password.equals(confirmation)) {
                messages.errorAt("setPasswordForm:confirmation", "setPassword.mismatch");
                return;
            }
            loginName = passwordSetups.setPassword(token, password);
            done = true;
        } catch (PasswordSetupRefusedException e) {
            refusalKey = messages.keyFor(e);
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public int getMinimumLength() {
        return PasswordSetups.MIN_PASSWORD_LENGTH;
    }

    public int getMaximumLength() {
        return PasswordSetups.MAX_PASSWORD_LENGTH;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getRefusalKey() {
        return refusalKey;
    }

    public boolean isRefused() {
        return refusalKey != null;
    }

    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
