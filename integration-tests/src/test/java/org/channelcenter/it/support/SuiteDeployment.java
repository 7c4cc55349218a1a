package org.channelcenter.it.support;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment of the whole integration-test run (named in arquillian.xml's {@code suite} extension): the
 * real EAR with every test and support class the server can run, deployed before the first test class and
 * undeployed after the last. Deploying once instead of once per class is what keeps the run short; in exchange no
 * test may count on a fresh application: each makes its own data and reads only that.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

    private SuiteDeployment() {}

    /** Testable, so that the in-container test classes run in it; {@code @RunAsClient} classes call it over HTTP. */
    @Deployment
    public static EnterpriseArchive deployment() {
        return Deployments.realEarWithTestClasses();
    }
}
