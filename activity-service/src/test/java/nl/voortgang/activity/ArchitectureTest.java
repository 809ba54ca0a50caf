package nl.voortgang.activity;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.voortgang.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.productionClassesOf("nl.voortgang.activity");

    @Test
    void aggregatesDoNotUseTheWebLayer() {
        ArchitectureRules.aggregatesDoNotUseTheWebLayer("nl.voortgang.activity").check(CLASSES);
    }

    @Test
    void controllersArePackagePrivate() {
        ArchitectureRules.controllersArePackagePrivate().check(CLASSES);
    }
}
