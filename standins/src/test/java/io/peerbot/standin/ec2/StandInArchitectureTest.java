package io.peerbot.standin.ec2;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The sandbox ships the stand-in on its own: it must not reach into the bot. */
class StandInArchitectureTest {

    @Test
    void theStandInDependsOnNoOtherPeerbotPackage() {
        // Only the stand-in's own classes are read; what they depend on is judged by name, without loading it.
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        JavaClasses classes;
        try {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.peerbot.standin.ec2");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }

        noClasses().that().resideInAPackage("io.peerbot.standin.ec2..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in io.peerbot outside the EC2 stand-in",
                        c -> c.getPackageName().startsWith("io.peerbot")
                                && !c.getPackageName().startsWith("io.peerbot.standin.ec2")))
                .check(classes);
    }
}
