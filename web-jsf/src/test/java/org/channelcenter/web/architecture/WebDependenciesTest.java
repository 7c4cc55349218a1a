package org.channelcenter.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * View beans talk only to boundaries (STYLE.md): the web tier never reaches a component's controls or the
 * persistence context; it sees entities only as the values and refusals boundaries hand out.
 */
@AnalyzeClasses(packages = "org.channelcenter.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebDependenciesTest {

    @ArchTest
    static final ArchRule viewBeansUseNoControl =
            noClasses().should().dependOnClassesThat().resideInAPackage("org.channelcenter.*.control..");

    @ArchTest
    static final ArchRule viewBeansUseNoPersistenceContext = noClasses()
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(jakarta.persistence.EntityManager.class, jakarta.persistence.EntityManagerFactory.class);
}
