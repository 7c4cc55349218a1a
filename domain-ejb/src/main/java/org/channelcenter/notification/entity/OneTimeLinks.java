package org.channelcenter.notification.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-time links in a mail's text: every link the portal mails (verification, set-password, invitations)
 * carries its secret as {@code token=} and a random token of at least 20 URL-safe characters, and an edited
 * invitation draft must hold its link the same way. Whoever can read such a link can use it, so the readable
 * copy of a mail ({@link OutboxMessage#getBody()}, the Outbox page, every backup) keeps {@link #REMOVED} in its
 * place.
 */
public final class OneTimeLinks {

    /**
     * What a readable copy of a mail has instead of each link. Stored as is, whatever the mail's language; the
     * Outbox page shows it in the reader's language.
     */
    public static final String REMOVED = "[link removed]";

    // The whole word the token is in: a URL, or a path without scheme that would work just as well.
    private static final Pattern LINK =
            Pattern.compile("[^\\s<>\"']*token=[A-Za-z0-9_-]{20,}", Pattern.CASE_INSENSITIVE);

    private OneTimeLinks() {}

    /** The text with each one-time link replaced by {@link #REMOVED}; the same text when it holds none. */
    public static String redact(String text) {
        return text == null ? null : LINK.matcher(text).replaceAll(Matcher.quoteReplacement(REMOVED));
    }

    /** Whether the text holds a one-time link. */
    public static boolean isIn(String text) {
        return text != null && LINK.matcher(text).find();
    }

    /** The one-time links in the text, in order. */
    public static List<String> in(String text) {
        List<String> links = new ArrayList<>();
        if (text != null) {
            Matcher matcher = LINK.matcher(text);
            while (matcher.find()) {
                links.add(matcher.group());
            }
        }
        return links;
    }
}
