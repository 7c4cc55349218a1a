package org.channelcenter.it.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Servers B and C next to the test server, over its PostgreSQL database ({@link LibertyServer}), for the tests that
 * need two servers: each test starts whichever is not running (so no test depends on another one's stops), and both
 * stop after the class. Register it as a static field: {@code @RegisterExtension static final TwoServers servers =
 * new TwoServers();}.
 */
public final class TwoServers implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private LibertyServer b;
    private LibertyServer c;

    @Override
    public void beforeAll(ExtensionContext context) {
        b = LibertyServer.named("b");
        c = LibertyServer.named("c");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        LibertyServer.startAll(b, c);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (b != null) {
            b.stop();
        }
        if (c != null) {
            c.stop();
        }
    }

    public LibertyServer b() {
        return b;
    }

    public LibertyServer c() {
        return c;
    }
}
