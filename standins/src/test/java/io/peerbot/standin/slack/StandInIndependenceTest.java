package io.peerbot.standin.slack;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The stand-in ships with the sandbox on its own: it knows Slack, not the bot. */
class StandInIndependenceTest {

    @Test
    void dependsOnNoOtherPeerbotCode() {
        JavaClasses standIn = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.peerbot.standin.slack");
        noClasses().should().dependOnClassesThat(
                        resideInAPackage("io.peerbot..").and(not(resideInAPackage("io.peerbot.standin.slack.."))))
                .check(standIn);
    }
}
