package org.channelcenter.it.support;

import java.time.Duration;

/** A poll loop's wait between two looks: the test's own thread sleeps, and an interruption ends the test. */
public final class Pause {

    private Pause() {}

    public static void of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
