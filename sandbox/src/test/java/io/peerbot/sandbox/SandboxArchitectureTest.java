package io.peerbot.sandbox;

import io.peerbot.testing.ProductionClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox sits outside the bot: the bot never needs it, and the page knows Slack's formats, not the bot. */
class SandboxArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(new ProductionClasses())
                .importPackages("io.peerbot");
    }

    @Test
    void theBotDoesNotDependOnTheSandbox() {
        noClasses().that().resideInAnyPackage("io.peerbot.domain..", "io.peerbot.application..",
                        "io.peerbot.adapter..", "io.peerbot.bootstrap..", "io.peerbot.config..", "io.peerbot.standin..")
                .should().dependOnClassesThat().resideInAPackage("io.peerbot.sandbox..")
                .check(classes);
    }

    @Test
    void thePagesRenderersKnowOnlySlacksFormats() {
        noClasses().that().resideInAPackage("io.peerbot.sandbox.html..")
                .should().dependOnClassesThat().resideInAnyPackage("io.peerbot.domain..", "io.peerbot.application..",
                        "io.peerbot.adapter..", "io.peerbot.bootstrap..", "io.peerbot.standin..")
                .check(classes);
    }

    @Test
    void onlyTheRealBotsStarterReachesIntoTheBot() {
        noClasses().that().resideInAPackage("io.peerbot.sandbox..")
                .and().doNotHaveSimpleName("PeerbotStarter")
                .should().dependOnClassesThat().resideInAnyPackage("io.peerbot.domain..", "io.peerbot.application..",
                        "io.peerbot.adapter..", "io.peerbot.bootstrap..", "io.peerbot.config..")
                .check(classes);
    }
}
