package org.channelcenter.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured directory suffix: every directory is {@code <prefix>.<suffix>} (server variable). */
@ApplicationScoped
public class DirectorySuffix {

    @Inject
    @ConfigProperty(name = "cc.directory.suffix", defaultValue = "channel.test")
    String value;

    public String value() {
        return value;
    }
}
