package org.channelcenter.web.billing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.channelcenter.web.i18n.LanguageSelection;

/**
 * The billing months a page offers to choose (the current one and the 35 before it, UTC, the latest first; values
 * ISO {@code 2026-11}), and a month's name in the reader's language.
 */
@Named
@RequestScoped
public class BillingMonths {

    static final int OFFERED = 36;

    @Inject
    LanguageSelection language;

    public List<String> getChoices() {
        YearMonth month = YearMonth.now(Clock.systemUTC());
        List<String> months = new ArrayList<>(OFFERED);
        for (int i = 0; i < OFFERED; i++) {
            months.add(month.minusMonths(i).toString());
        }
        return months;
    }

    /** The closed months (the 35 before the current one, UTC), the latest first: what a billing run may bill. */
    public List<String> getClosedChoices() {
        return getChoices().subList(1, OFFERED);
    }

    /** The month's name and year (e.g. "November 2026", "ноябрь 2026"). */
    public String label(Object month) {
        if (month == null) {
            return "";
        }
        YearMonth value = month instanceof YearMonth ym ? ym : YearMonth.parse(month.toString());
        // the language's own pattern: "November 2026", "novembro de 2026", "ноябрь 2026"
        // read as is: a message's formatting would take the pattern's quotes
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString("billing.monthPattern");
        return DateTimeFormatter.ofPattern(pattern, language.getLocale()).format(value);
    }
}
