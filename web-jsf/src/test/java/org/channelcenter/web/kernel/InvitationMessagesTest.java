package org.channelcenter.web.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.channelcenter.customer.entity.CustomerInvitation;
import org.channelcenter.kernel.entity.InvitationRefusal;
import org.channelcenter.partnership.entity.PartnershipInvitation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every invitation refusal has its text in every language: the kind-neutral one and each kind's own words. */
class InvitationMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "_pt_BR", "_ru"})
    void everyRefusalHasItsTextForEveryKind(String suffix) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = InvitationMessagesTest.class.getResourceAsStream(
                "/org/channelcenter/web/i18n/messages" + suffix + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (InvitationRefusal refusal : InvitationRefusal.values()) {
            for (String key : new String[] {
                refusal.messageKey(),
                refusal.wordedFor(CustomerInvitation.KIND).messageKey(),
                refusal.wordedFor(PartnershipInvitation.KIND).messageKey()
            }) {
                assertTrue(bundle.containsKey(key), key + " in messages" + suffix);
            }
        }
    }
}
