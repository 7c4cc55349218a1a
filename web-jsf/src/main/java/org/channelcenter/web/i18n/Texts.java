package org.channelcenter.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Bundle texts with an argument for the pages' attributes, where {@code h:outputFormat} cannot go (a
 * confirmation's message naming the row it is about): {@code #{texts.of('offers.deactivate.question', row.name())}}.
 * Formatted by the same rule as every message ({@link Messages#text}).
 */
@Named
@RequestScoped
public class Texts {

    @Inject
    Messages messages;

    public String of(String key, Object argument) {
        return messages.text(key, argument);
    }

    /** A message with two arguments (EL picks methods by name, so this one has its own). */
    public String with(String key, Object first, Object second) {
        return messages.text(key, first, second);
    }
}
