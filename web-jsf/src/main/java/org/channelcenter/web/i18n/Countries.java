package org.channelcenter.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Countries/regions by ISO code, named in the language of the page (the JDK's names, not a hand-written list).
 * Application-scoped: the names and their collated order are computed once per language, not per request (sorting
 * about 250 names with a collator was a tenth of the Customers page's time, whose country filter lists them all).
 */
@Named
@ApplicationScoped
public class Countries {

    private final Map<Locale, Language> byLanguage = new ConcurrentHashMap<>();

    /** Every country, as choices sorted by name in the page's language. */
    public List<SelectItem> getAll() {
        return named(viewLocale()).choices();
    }

    /** The code's name; the code itself when the JDK has no name for it, nothing for no code. */
    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale language = viewLocale();
        String name = named(language).names().get(code);
        return name != null ? name : nameOf(code, language);
    }

    private Language named(Locale language) {
        return byLanguage.computeIfAbsent(language, Countries::computed);
    }

    private static Language computed(Locale language) {
        Map<String, String> names = Arrays.stream(Locale.getISOCountries())
                .collect(Collectors.toUnmodifiableMap(Function.identity(), code -> nameOf(code, language)));
        Collator collator = Collator.getInstance(language);
        List<SelectItem> choices = names.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(collator))
                .map(entry -> new SelectItem(entry.getKey(), entry.getValue()))
                .toList();
        return new Language(names, choices);
    }

    private static String nameOf(String code, Locale language) {
        String name = new Locale("", code).getDisplayCountry(language);
        return name.isBlank() ? code : name;
    }

    private static Locale viewLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }

    /** One language's names by code, and the choices in its collation order. */
    private record Language(Map<String, String> names, List<SelectItem> choices) {}
}
