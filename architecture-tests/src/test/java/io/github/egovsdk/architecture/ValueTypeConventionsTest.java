package io.github.egovsdk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One way to read a value from text everywhere: {@code fromCode} and {@code tryParse} answer with an {@link Optional}
 * (empty for an unknown or malformed input), {@code parse} and {@code of} return the value itself and throw (a
 * {@code ValidationException} naming the field) when they cannot. {@code io.github.egovsdk.core.json} is left out:
 * it is the modules' shared wire-mapping helper, not an API (see {@link PublicApiTest}), and its {@code tryParse}
 * answers a nullable tree for the error-body decoders.
 */
class ValueTypeConventionsTest {
    static final Set<String> OPTIONAL_NAMES = Set.of("fromCode", "tryParse");
    static final Set<String> THROWING_NAMES = Set.of("parse", "of");
    static JavaClasses sdk;

    @BeforeAll
    static void importSdk() {
        sdk = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.egovsdk");
    }

    static boolean covered(JavaMethod m) {
        String p = m.getOwner().getPackageName();
        return m.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
                && SdkModules.moduleOf(p) != null
                && !p.startsWith("io.github.egovsdk.thirdparty")
                && !p.startsWith("io.github.egovsdk.core.json");
    }

    @Test
    void fromCodeAndTryParse_whenPublic_returnOptional() {
        methods()
                .that()
                .arePublic()
                .should(new ArchCondition<JavaMethod>("return Optional if fromCode/tryParse") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        if (covered(m)
                                && OPTIONAL_NAMES.contains(m.getName())
                                && !m.getRawReturnType().isEquivalentTo(Optional.class)) {
                            events.add(SimpleConditionEvent.violated(
                                    m,
                                    m.getFullName() + " returns "
                                            + m.getRawReturnType().getName() + ", not Optional"));
                        }
                    }
                })
                .check(sdk);
    }

    @Test
    void parseAndOf_whenPublic_returnTheValueNotOptional() {
        methods()
                .that()
                .arePublic()
                .should(new ArchCondition<JavaMethod>("not return Optional when named parse/of") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        if (covered(m)
                                && THROWING_NAMES.contains(m.getName())
                                && m.getRawReturnType().isEquivalentTo(Optional.class)) {
                            events.add(SimpleConditionEvent.violated(
                                    m,
                                    m.getFullName()
                                            + " returns Optional: name it tryParse/fromCode, and let parse/of throw"));
                        }
                    }
                })
                .check(sdk);
    }
}
