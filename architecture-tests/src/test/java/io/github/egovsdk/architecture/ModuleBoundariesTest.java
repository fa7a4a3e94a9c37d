package io.github.egovsdk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of docs/architecture.md, checked on the compiled main classes of every library module:
 * core knows no domain module; no module reaches into another module's {@code .internal} packages; modules do not
 * depend on each other in a cycle.
 */
class ModuleBoundariesTest {
    static JavaClasses sdk;

    @BeforeAll
    static void importSdk() {
        sdk = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.egovsdk");
    }

    @Test
    void core_whenCompiled_dependsOnNoDomainModule() {
        noClasses()
                .that()
                .resideInAPackage("io.github.egovsdk.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SdkModules.DOMAIN_AND_TOOLING)
                .check(sdk);
    }

    @Test
    void modules_whenCompiled_neverImportAnotherModulesInternals() {
        ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("io.github.egovsdk..")
                .should(new ArchCondition<JavaClass>("use no other module's .internal package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            String module = SdkModules.moduleOf(target.getPackageName());
                            if (module != null
                                    && target.getPackageName().contains(".internal")
                                    && !module.equals(SdkModules.moduleOf(origin.getPackageName()))) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .check(sdk);
    }

    /** The Spring Boot starter may depend on every domain module, never the other way; no module knows Spring. */
    @Test
    void modules_whenCompiled_neverDependOnTheStarterOrSpring() {
        noClasses()
                .that()
                .resideInAPackage("io.github.egovsdk..")
                .and()
                .resideOutsideOfPackage("io.github.egovsdk.spring..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.github.egovsdk.spring..", "org.springframework..")
                .check(sdk);
    }

    @Test
    void modules_whenCompiled_formNoCycle() {
        slices().matching("io.github.egovsdk.(*)..").should().beFreeOfCycles().check(sdk);
    }
}
