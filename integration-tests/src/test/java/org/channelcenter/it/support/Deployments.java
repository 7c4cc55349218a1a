package org.channelcenter.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR built by app-ear (copied to target/ by the POM), with test classes added to its web module
 * so they run in the container beside the pages and see the EJB module like the pages do.
 */
public final class Deployments {

    private static final String EAR_NAME = "channel-center.ear";
    private static final String WEB_MODULE = "web-jsf.war";

    /**
     * Every page of the application needs a signed-in user, Arquillian's test runner servlet included.
     * This web fragment, only in test deployments, leaves the runner's one address open.
     */
    private static final String RUNNER_ACCESS_FRAGMENT = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner_access</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private Deployments() {
    }

    public static EnterpriseArchive realEar() {
        File ear = new File(System.getProperty("channelcenter.ear", "target/" + EAR_NAME));
        if (!ear.isFile()) {
            throw new IllegalStateException("EAR under test not found at " + ear.getAbsolutePath()
                    + "; run the tests through Maven (mvn verify) so that it is built and copied first");
        }
        return ShrinkWrap.create(ZipImporter.class, EAR_NAME).importFrom(ear).as(EnterpriseArchive.class);
    }

    /** The real EAR whose web module also carries the given test and support classes. */
    public static EnterpriseArchive realEarWith(Class<?>... classes) {
        EnterpriseArchive ear = realEar();
        WebArchive web = ShrinkWrap.create(ZipImporter.class, WEB_MODULE)
                .importFrom(ear.get(WEB_MODULE).getAsset().openStream())
                .as(WebArchive.class);
        web.addClasses(classes);
        for (Class<?> added : classes) { // their test-support superclasses (e.g. SignedInProbe) come along
            for (Class<?> parent = added.getSuperclass(); parent != null
                    && parent.getPackageName().equals(Deployments.class.getPackageName()); parent = parent.getSuperclass()) {
                web.addClass(parent);
            }
        }
        web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(RUNNER_ACCESS_FRAGMENT), "web-fragment.xml"));
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }
}
