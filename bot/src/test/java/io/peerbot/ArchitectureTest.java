package io.peerbot;

import io.peerbot.testing.ProductionClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ports and adapters: the domain and the use cases know nothing of Slack, AWS or the adapters. And no two classes'
 * names differ only by a letter's case.
 */
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
                        "com.slack..", "software.amazon..", "io.javalin..", "dev.cel..", "org.yaml..", "com.google.protobuf..", "com.github.mustachejava..",
                        "io.peerbot.application..", "io.peerbot.adapter..", "io.peerbot.standin..")
                .check(classes);
    }

    @Test
    void useCasesAndPortsDependOnNoFrameworkNorAdapter() {
        noClasses().that().resideInAPackage("io.peerbot.application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.slack..", "software.amazon..", "io.javalin..", "dev.cel..", "org.yaml..", "com.google.protobuf..", "com.github.mustachejava..",
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
    void noTwoClassesDifferOnlyByALettersCase() {
        Map<String, Set<String>> namesByLowerCase = classes.stream()
                .filter(c -> c.getEnclosingClass().isEmpty() && !c.getSimpleName().isEmpty())
                .collect(Collectors.groupingBy(c -> c.getSimpleName().toLowerCase(Locale.ROOT),
                        Collectors.mapping(JavaClass::getSimpleName, Collectors.toCollection(TreeSet::new))));

        assertThat(namesByLowerCase.values()).allSatisfy(names -> assertThat(names).hasSize(1));
    }

    /** The policy's language (CEL) and file format (YAML) stay in its reader; the rest sees only the domain's rules. */
    @Test
    void onlyThePolicyReaderKnowsCel() {
        noClasses().that().resideOutsideOfPackage("io.peerbot.adapter.policy..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cel..")
                .check(classes);
    }

    @Test
    void onlyTheTerraformAdapterUsesTheTemplateEngine() {
        noClasses().that().resideOutsideOfPackage("io.peerbot.adapter.terraform..")
                .should().dependOnClassesThat().resideInAPackage("com.github.mustachejava..")
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
