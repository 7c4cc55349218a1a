package org.channelcenter.web.i18n;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.channelcenter.directory.boundary.Callers;
import org.channelcenter.kernel.boundary.Caller;

/**
 * The language of this session: the browser's (closest supported) until someone chooses; a signed-in
 * user's stored choice once they sign in; and a choice made here is kept on the user's profile.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Callers callers;

    private Language chosen;
    private String preferenceAppliedFor;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        applyStoredPreference(faces.getExternalContext().getUserPrincipal());
        if (chosen != null) {
            return chosen.locale();
        }
        return Language.closestTo(faces.getExternalContext().getRequestLocale()).locale();
    }

    /** Once per sign-in: the stored preference wins; without one, a choice made before sign-in is stored. */
    private void applyStoredPreference(Principal principal) {
        if (principal == null || principal.getName().equals(preferenceAppliedFor)) {
            return;
        }
        preferenceAppliedFor = principal.getName();
        Locale stored = callers.current().map(Caller::locale).orElse(null);
        if (stored != null) {
            chosen = Language.closestTo(stored);
        } else if (chosen != null) {
            callers.changeLanguage(chosen.locale());
        }
    }

    public String getTag() {
        return Language.closestTo(getLocale()).tag();
    }

    public void setTag(String tag) {
        chosen = Language.closestTo(Locale.forLanguageTag(tag));
    }

    /** After the selection changed: keep it for a signed-in user and show the same page again. */
    public void changed() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (external.getUserPrincipal() != null && chosen != null) {
            callers.changeLanguage(chosen.locale());
        }
        faces.getViewRoot().setLocale(getLocale());
        external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }
}
