package org.channelcenter.web.directory;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.channelcenter.directory.boundary.Callers;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.web.i18n.Dates;
import org.channelcenter.web.i18n.TimeZones;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * Your profile ({@code /directory/profile.xhtml}, the signed-in user's name in the header): who you are signed in
 * as, and the time zone the pages show dates and times in (issue 16, point 7). No zone chosen means the browser's.
 * The choice is the caller's own, kept by the {@link Callers} boundary, which reads the user from the principal.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice "the browser's time zone". */
    static final String BROWSER = "";

    @EJB
    Callers callers;

    @Inject
    TimeZones timeZones;

    @Inject
    Dates dates;

    @Inject
    DomainMessages messages;

    private String timeZone;

    public Caller getCaller() {
        return callers.current().orElse(null);
    }

    public String getTimeZone() {
        if (timeZone == null) {
            ZoneId chosen = callers.current().map(Caller::timeZone).orElse(null);
            timeZone = chosen == null ? BROWSER : chosen.getId();
        }
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** The browser's zone and every region zone, labelled in the page's language. */
    public List<SelectItem> getTimeZones() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String browser = Dates.browserZone()
                .map(zone -> messages.text("profile.timeZone.browserIs", TimeZones.label(zone, locale)))
                .orElseGet(() -> messages.text("profile.timeZone.browser"));
        var all = new java.util.ArrayList<SelectItem>();
        all.add(new SelectItem(BROWSER, browser));
        all.addAll(timeZones.choices(locale));
        return all;
    }

    /** Now, as the pages show it in the zone in force: what the chosen zone means to the reader. */
    public String getNow() {
        return dates.dateTime(Instant.now());
    }

    /**
     * Keeps the choice, and shows the page again (redirected, so that everything on it is read in the new zone:
     * this request's caller was read before the change). A zone the JDK does not know (a forged post) is refused
     * at the field.
     */
    public String save() {
        ZoneId zone;
        try {
            zone = timeZone == null || timeZone.isBlank() ? null : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            messages.errorAt("profileForm:timeZone", "profile.timeZone.unknown");
            return null;
        }
        callers.changeTimeZone(zone);
        messages.info("profile.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/directory/profile?faces-redirect=true";
    }
}
