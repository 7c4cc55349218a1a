package org.channelcenter.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    private static Language closestTo(String tag) {
        return Language.closestTo(Locale.forLanguageTag(tag));
    }

    @Test
    void exactLocaleIsChosen() {
        assertEquals(Language.PORTUGUESE_BRAZIL, closestTo("pt-BR"));
        assertEquals(Language.ENGLISH, closestTo("en"));
    }

    @Test
    void languageAloneFindsItsOnlyVariant() {
        assertEquals(Language.PORTUGUESE_BRAZIL, closestTo("pt"));
    }

    @Test
    void otherRegionFallsBackToTheSameLanguage() {
        assertEquals(Language.PORTUGUESE_BRAZIL, closestTo("pt-PT"));
        assertEquals(Language.RUSSIAN, closestTo("ru-RU"));
        assertEquals(Language.ENGLISH, closestTo("en-GB"));
    }

    @Test
    void unsupportedLanguageIsEnglish() {
        assertEquals(Language.ENGLISH, closestTo("de"));
    }

    @Test
    void noLocaleIsEnglish() {
        assertEquals(Language.ENGLISH, Language.closestTo(null));
    }

    @Test
    void tagsAreTheBundleLanguageTags() {
        assertEquals("pt-BR", Language.PORTUGUESE_BRAZIL.tag());
        assertEquals("ru", Language.RUSSIAN.tag());
        assertEquals("en", Language.ENGLISH.tag());
    }
}
