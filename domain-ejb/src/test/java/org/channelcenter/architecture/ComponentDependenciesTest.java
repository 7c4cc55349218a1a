package org.channelcenter.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The business components depend one way (STYLE.md): no component reaches, through any chain of imports, back
 * to itself; the kernel, which all of them use, uses none of them; and entities know no boundary.
 */
@AnalyzeClasses(packages = "org.channelcenter", importOptions = ImportOption.DoNotIncludeTests.class)
class ComponentDependenciesTest {

    @ArchTest
    static final ArchRule componentsAreFreeOfCycles = slices().matching("org.channelcenter.(*)..")
            .namingSlices("component $1")
            .should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule theKernelUsesNoComponent = noClasses()
            .that()
            .resideInAPackage("org.channelcenter.kernel..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages(
                    "org.channelcenter.kernel..",
                    "java..",
                    "javax..",
                    "jakarta..",
                    "org.eclipse.microprofile..",
                    "org.flywaydb..");

    @ArchTest
    static final ArchRule entitiesKnowNoBoundary = noClasses()
            .that()
            .resideInAPackage("..entity..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..boundary..");
}
