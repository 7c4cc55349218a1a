package org.channelcenter.directory.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CurrentCaller;

/** The signed-in user as the web tier shows it, and the preferences the user keeps. */
@Stateless
@PermitAll
public class Callers {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** The signed-in caller, or empty for an anonymous request. */
    public Optional<Caller> current() {
        return currentCaller.find();
    }

    /** Keeps the caller's language choice on the user's profile. */
    public void changeLanguage(Locale locale) {
        Caller caller = currentCaller.require();
        UserAccount user = em.find(UserAccount.class, caller.userId());
        if (!locale.equals(user.getLocale())) {
            user.changeLocale(locale);
            audit.record(AuditAction.LANGUAGE_CHANGED, caller.loginName(), locale.toLanguageTag());
        }
    }

    /**
     * Keeps the caller's time zone for dates and times on the user's profile; null returns to the browser's zone.
     */
    public void changeTimeZone(ZoneId zone) {
        Caller caller = currentCaller.require();
        UserAccount user = em.find(UserAccount.class, caller.userId());
        if (!Objects.equals(zone, user.getTimeZone())) {
            user.changeTimeZone(zone);
            audit.record(AuditAction.TIME_ZONE_CHANGED, caller.loginName(), zone == null ? "browser" : zone.getId());
        }
    }
}
