package org.channelcenter.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR built by app-ear (copied to target/ by the POM), with test classes added to its web module
 * so they run in the container beside the pages and see the EJB module like the pages do. Deployed once for the
 * whole run by {@link SuiteDeployment}.
 */
public final class Deployments {

    private static final String EAR_NAME = "channel-center.ear";
    private static final String WEB_MODULE = "web-jsf.war";
    private static final String TEST_PACKAGE = "org.channelcenter.it";
    private static final List<String> CLIENT_ONLY_PACKAGES = List.of("org/openqa/selenium", "com/icegreen/greenmail");

    /**
     * Every page of the application needs a signed-in user, Arquillian's test runner servlet included.
     * This web fragment, only in test deployments, leaves the runner's one address open.
     */
    private static final String RUNNER_ACCESS_FRAGMENT =
            """
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

    private Deployments() {}

    public static EnterpriseArchive realEar() {
        File ear = new File(System.getProperty("channelcenter.ear", "target/" + EAR_NAME));
        if (!ear.isFile()) {
            throw new IllegalStateException("EAR under test not found at " + ear.getAbsolutePath()
                    + "; run the tests through Maven (mvn verify) so that it is built and copied first");
        }
        return ShrinkWrap.create(ZipImporter.class, EAR_NAME).importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The real EAR whose web module also carries every test and support class the server can load: all classes of
     * the test packages ({@code org.channelcenter.it} and below) except those that need Selenium or GreenMail, which
     * only the test JVM has (browsers, page objects, the mail catcher). Found on the test class path rather than
     * listed, so that a new fixture servlet or in-container test is deployed without touching this class.
     */
    public static EnterpriseArchive realEarWithTestClasses() {
        EnterpriseArchive ear = realEar();
        WebArchive web = ShrinkWrap.create(ZipImporter.class, WEB_MODULE)
                .importFrom(ear.get(WEB_MODULE).getAsset().openStream())
                .as(WebArchive.class);
        Path root = testClassesRoot();
        for (Path classFile : serverSideClassFiles(root)) { // as files: nothing is loaded into the test JVM for this
            web.add(
                    new FileAsset(classFile.toFile()),
                    "/WEB-INF/classes/" + root.relativize(classFile).toString().replace(File.separatorChar, '/'));
        }
        web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(RUNNER_ACCESS_FRAGMENT), "web-fragment.xml"));
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    private static List<Path> serverSideClassFiles(Path root) {
        Path tests = root.resolve(TEST_PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.walk(tests)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .filter(Deployments::loadableInTheServer)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClassesRoot() {
        try {
            return Path.of(Deployments.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the compiled class names none of the client-only libraries (its constant pool holds their names). */
    private static boolean loadableInTheServer(Path classFile) {
        try {
            String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return CLIENT_ONLY_PACKAGES.stream().noneMatch(bytes::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
