package io.peerbot;

import io.peerbot.testing.ProductionClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ports and adapters: the domain and the use cases know nothing of Slack, AWS or the adapters. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(new ProductionClasses())
                .importPackages("io.peerbot");
    }

    @Test
    void domainDependsOnNoFrameworkNorOuterLayer() {
        noClasses().that().resideInAPackage("io.peerbot.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.slack..", "software.amazon..", "io.javalin..",
                        "io.peerbot.application..", "io.peerbot.adapter..", "io.peerbot.standin..")
                .check(classes);
    }

    @Test
    void useCasesAndPortsDependOnNoFrameworkNorAdapter() {
        noClasses().that().resideInAPackage("io.peerbot.application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.slack..", "software.amazon..", "io.javalin..",
                        "io.peerbot.adapter..", "io.peerbot.standin..")
                .check(classes);
    }

    @Test
    void standInsAreIndependentOfTheBot() {
        noClasses().that().resideInAPackage("io.peerbot.standin..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.peerbot.domain..", "io.peerbot.application..", "io.peerbot.adapter..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void adaptersDoNotReachIntoStandIns() {
        noClasses().that().resideInAPackage("io.peerbot.adapter..")
                .should().dependOnClassesThat().resideInAPackage("io.peerbot.standin..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
