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
import java.util.regex.Pattern;
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

    /**
     * The query of the address a page was opened with, as the layout's header form posts it back ({@code
     * pageQuery}): only the characters of an encoded query, so that nothing but the page's own parameters can be
     * put into the redirect.
     */
    private static final Pattern ENCODED_QUERY = Pattern.compile("[A-Za-z0-9._~%&=+\\-]{1,2000}");

    /**
     * After the selection changed: keep it for a signed-in user and show the same page again, with the parameters
     * it was opened with (issue 16, defect 5: {@code customer.xhtml?customer=7} or a token page would otherwise
     * lose what they show).
     */
    public void changed() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (external.getUserPrincipal() != null && chosen != null) {
            callers.changeLanguage(chosen.locale());
        }
        faces.getViewRoot().setLocale(getLocale());
        String query = external.getRequestParameterMap().get("pageQuery");
        external.redirect(external.getRequestContextPath()
                + faces.getViewRoot().getViewId()
                + (query != null && ENCODED_QUERY.matcher(query).matches() ? "?" + query : ""));
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }
}
