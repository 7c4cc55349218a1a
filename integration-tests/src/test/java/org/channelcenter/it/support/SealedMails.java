package org.channelcenter.it.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelcenter.notification.control.MailSeal;

/**
 * Test-only, in the server: the one-time token of a mail still waiting for delivery, as its recipient will receive
 * it. The outbox keeps a mail's text readable only without its links; the full text is sealed with the server's
 * key until the mail is sent (issue 15), so an in-server test with the relay down opens it with that key.
 */
public final class SealedMails {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private SealedMails() {}

    /** The token of the newest waiting mail of that template to the recipient; fails if it has none. */
    public static String token(Database database, MailSeal seal, String recipient, String template) throws Exception {
        List<String> sealed = database.strings(
                "select cast(sealed_body as varchar(32000)) from outbox_message"
                        + " where recipient = ? and template = ? order by id desc",
                recipient,
                template);
        if (sealed.isEmpty() || sealed.get(0) == null) {
            throw new AssertionError("no waiting " + template + " mail to " + recipient);
        }
        String text = seal.open(sealed.get(0), recipient);
        Matcher token = TOKEN.matcher(text);
        if (!token.find()) {
            throw new AssertionError("no link in " + text);
        }
        return token.group(1);
    }
}
