package nl.voortgang.motie;

import com.tngtech.archunit.core.domain.JavaClasses;
import nl.voortgang.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.productionClassesOf("nl.voortgang.motie");

    @Test
    void aggregatesDoNotUseTheWebLayer() {
        ArchitectureRules.aggregatesDoNotUseTheWebLayer("nl.voortgang.motie").check(CLASSES);
    }

    @Test
    void controllersArePackagePrivate() {
        ArchitectureRules.controllersArePackagePrivate().check(CLASSES);
    }
}
