package nl.voortgang.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theContractsDependOnNothingOfSpringAxonKafkaOrPersistence() {
        noClasses().that().resideInAPackage("nl.voortgang.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "org.apache.kafka..", "jakarta.persistence..", "com.fasterxml.jackson..", "nl.voortgang.command..")
                .because("every service reads these records; they carry only the Java and Jackson they need")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.voortgang.contracts"));
    }
}
