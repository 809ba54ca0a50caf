package nl.voortgang.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules every service keeps, written once and checked by each service's ArchitectureTest. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The production classes of one service, without its tests. */
    public static JavaClasses productionClassesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
    }

    /** Aggregates speak the domain: no request paths, HTTP types or web-layer classes. */
    public static ArchRule aggregatesDoNotUseTheWebLayer(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".command..")
                .should().dependOnClassesThat().resideInAnyPackage(basePackage + ".web..", "nl.voortgang.command.web..",
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
                .because("an aggregate throws a rule with its data and the web layer words it");
    }

    /** Controllers are an entry point for HTTP only, never a type another class calls. */
    public static ArchRule controllersArePackagePrivate() {
        return classes().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .or().areAnnotatedWith("org.springframework.stereotype.Controller")
                .should().notBePublic()
                .allowEmptyShould(true);
    }

    /** reporting-service knows the command services only by the events they publish. */
    public static ArchRule readsOnlyTheContracts(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.voortgang.activity..", "nl.voortgang.motie..",
                        "nl.voortgang.command..", "nl.voortgang.localstack..")
                .because("the events in event-contracts are the only thing the command services share with it");
    }
}
