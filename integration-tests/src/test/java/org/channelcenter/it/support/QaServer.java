package org.channelcenter.it.support;

import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * A distributor's own server as Arquillian's container: it is already running with the real EAR, so this container
 * starts, deploys and undeploys nothing. Registered only when {@code qa.baseUrl} is set (the {@code qa} profile, which
 * also leaves the Liberty adapter off the class path); then the tests tagged {@code qa} drive that server through
 * {@link Fixtures#baseUrl()} with the sign-ins the QA team gave ({@link QaSignIns}).
 */
public final class QaServer implements DeployableContainer<QaServer.Configuration> {

    @Override
    public Class<Configuration> getConfigurationClass() {
        return Configuration.class;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Local");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) {
        return new ProtocolMetaData();
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // the distributor's application stays where it is
    }

    /** Nothing to configure: the server's address and sign-ins are system properties (see {@link QaSignIns}). */
    public static final class Configuration implements ContainerConfiguration {

        @Override
        public void validate() {
            // nothing to check
        }
    }

    /** Registers {@link QaServer} in Arquillian, only for a QA run. */
    public static final class Extension implements LoadableExtension {

        @Override
        public void register(ExtensionBuilder builder) {
            if (QaSignIns.active()) {
                builder.service(DeployableContainer.class, QaServer.class);
            }
        }
    }
}
