package dev.agentry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The architecture of STYLE.md: one framework per adapter package, and a planner that does no I/O. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.agentry");

    @Test
    void onlyRenderUsesFreeMarker() {
        noClasses().that().resideOutsideOfPackage("dev.agentry.render..").should().dependOnClassesThat()
                .resideInAPackage("freemarker..").check(CLASSES);
    }

    @Test
    void onlyCodecUsesJackson() {
        noClasses().that().resideOutsideOfPackage("dev.agentry.codec..").should().dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..").check(CLASSES);
    }

    @Test
    void onlyCliUsesSpringShellAndJLine() {
        noClasses().that().resideOutsideOfPackages("dev.agentry.cli..").and().doNotHaveFullyQualifiedName(
                "dev.agentry.AgentryApplication").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.shell..", "org.jline..").check(CLASSES);
    }

    @Test
    void onlyMergeAndPackUseJGit() {
        noClasses().that().resideOutsideOfPackages("dev.agentry.merge..", "dev.agentry.pack..").should().dependOnClassesThat()
                .resideInAPackage("org.eclipse.jgit..").check(CLASSES);
    }

    @Test
    void planningComposingAndInterviewingDoNoFileIo() {
        noClasses().that().resideInAnyPackage("dev.agentry.plan..", "dev.agentry.compose..", "dev.agentry.interview..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.io..")
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotKnowTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("dev.agentry.cli..").and().doNotHaveFullyQualifiedName(
                "dev.agentry.AgentryApplication").should().dependOnClassesThat().resideInAPackage("dev.agentry.cli..")
                .check(CLASSES);
    }

    @Test
    void supportDependsOnNothingOfAgentry() {
        noClasses().that().resideInAPackage("dev.agentry.support..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.agentry.app..", "dev.agentry.apply..", "dev.agentry.catalog..", "dev.agentry.cli..",
                        "dev.agentry.codec..", "dev.agentry.compose..", "dev.agentry.format..", "dev.agentry.interview..",
                        "dev.agentry.merge..", "dev.agentry.pack..", "dev.agentry.plan..", "dev.agentry.render..")
                .check(CLASSES);
    }
}
