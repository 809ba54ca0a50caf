package nl.voortgang.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.voortgang.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.productionClassesOf("nl.voortgang.reporting");

    @Test
    void reportingServiceNeverImportsACommandService() {
        ArchitectureRules.readsOnlyTheContracts("nl.voortgang.reporting").check(CLASSES);
    }

    @Test
    void controllersArePackagePrivate() {
        ArchitectureRules.controllersArePackagePrivate().check(CLASSES);
    }
}
