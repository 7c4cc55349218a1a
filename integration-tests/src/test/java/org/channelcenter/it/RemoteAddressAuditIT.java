package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.ServerEndpoints;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log records the client's real address behind a reverse proxy (Liberty's remoteIp on the HTTP endpoint,
 * trusted proxies {@code cc.trusted.proxies}, by default this host's loopback address): a sign-in attempt forwarded
 * by a trusted proxy is audited with the address in its X-Forwarded-For header; the same header from any other
 * address is ignored and that address is audited. The attempts are refused sign-ins of unknown names (each test its
 * own), audited with the address the request gave; they come from 127.0.0.1 (trusted) and 127.0.0.2 (not trusted).
 */
@ExtendWith(ArquillianExtension.class)
class RemoteAddressAuditIT {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Test
    void aTrustedProxyForwardsTheClientsAddress() throws Exception {
        String login = unknownLogin();

        signInAttempt("127.0.0.1", login, "203.0.113.7");

        assertEquals(List.of("203.0.113.7"), auditedAddresses(login));
    }

    @Test
    void aForwardedAddressFromAnyoneElseIsIgnored() throws Exception {
        String login = unknownLogin();

        signInAttempt("127.0.0.2", login, "203.0.113.8");

        assertEquals(List.of("127.0.0.2"), auditedAddresses(login));
    }

    @Test
    void withoutAProxyTheConnectionsAddressIsAudited() throws Exception {
        String login = unknownLogin();

        signInAttempt("127.0.0.1", login, null);

        assertEquals(List.of("127.0.0.1"), auditedAddresses(login));
    }

    private static String unknownLogin() {
        return "nobody-" + System.nanoTime() + "@proxy.channel.test";
    }

    /** A refused sign-in through a probe (any probe signs in first), from that address, forwarding that client. */
    private static void signInAttempt(String fromAddress, String login, String forwardedFor) {
        ServerEndpoints.Answer answer = ServerEndpoints.send(
                fromAddress,
                "POST",
                "public/it-probe/audit-log",
                forwardedFor == null ? Map.of() : Map.of("X-Forwarded-For", forwardedFor),
                "op=events&login=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=wrong-password");
        assertEquals(401, answer.status(), answer::body);
    }

    private List<String> auditedAddresses(String login) throws Exception {
        return new Database(dataSource)
                .strings("select client_address from audit_event where actor_login = ? order by id", login);
    }
}
