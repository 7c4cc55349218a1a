package org.channelcenter.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Countries/regions by ISO code, named in the language of the page (the JDK's names, not a hand-written list). */
@Named
@RequestScoped
public class Countries {

    private List<SelectItem> all;

    public List<SelectItem> getAll() {
        if (all == null) {
            Locale language = viewLocale();
            Collator collator = Collator.getInstance(language);
            all = Arrays.stream(Locale.getISOCountries())
                    .map(code -> new SelectItem(code, name(code, language)))
                    .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                    .toList();
        }
        return all;
    }

    /** The code's name; the code itself when the JDK has no name for it, nothing for no code. */
    public String name(String code) {
        return code == null || code.isBlank() ? "" : name(code, viewLocale());
    }

    private static String name(String code, Locale language) {
        String name = new Locale("", code).getDisplayCountry(language);
        return name.isBlank() ? code : name;
    }

    private static Locale viewLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }
}
