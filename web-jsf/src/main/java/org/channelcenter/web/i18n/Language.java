package org.channelcenter.web.i18n;

import java.util.Locale;

/** The languages of Channel Center: the languages of the original documents. */
public enum Language {
    ENGLISH(Locale.ENGLISH, "English"),
    PORTUGUESE_BRAZIL(Locale.forLanguageTag("pt-BR"), "Português (Brasil)"),
    RUSSIAN(Locale.forLanguageTag("ru"), "Русский");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.toLanguageTag();
    }

    /** Each language is offered in its own words, so anyone can find theirs. */
    public String nativeName() {
        return nativeName;
    }

    /** The supported language closest to a locale: exact first, then by language alone, else English. */
    public static Language closestTo(Locale wanted) {
        if (wanted == null) {
            return ENGLISH;
        }
        for (Language language : values()) {
            if (language.locale.equals(wanted)) {
                return language;
            }
        }
        for (Language language : values()) {
            if (language.locale.getLanguage().equals(wanted.getLanguage())) {
                return language;
            }
        }
        return ENGLISH;
    }
}
