package io.github.egovsdk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What users see never shows what they must not use: public members of public types in the SDK's API packages never
 * take, return or expose a type from an {@code .internal} package or the SDK's relocated Jackson copy.
 */
class PublicApiTest {
    static JavaClasses sdk;

    @BeforeAll
    static void importSdk() {
        sdk = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.egovsdk");
    }

    static boolean hidden(JavaClass type) {
        String p = type.getPackageName();
        return p.contains(".internal") || p.startsWith("io.github.egovsdk.thirdparty");
    }

    static boolean api(JavaClass owner) {
        return owner.getModifiers().contains(JavaModifier.PUBLIC)
                && !hidden(owner)
                && !owner.getPackageName().startsWith("io.github.egovsdk.core.json")
                && SdkModules.moduleOf(owner.getPackageName()) != null;
    }

    @Test
    void publicMethods_whenInApiPackages_exposeNoInternalType() {
        codeUnits()
                .that()
                .arePublic()
                .should(new ArchCondition<JavaCodeUnit>("expose no internal type") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        if (!api(unit.getOwner())) {
                            return;
                        }
                        Set<JavaClass> types = new HashSet<>(unit.getRawParameterTypes());
                        types.add(unit.getRawReturnType());
                        types.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                        unit.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
                        for (JavaClass t : types) {
                            if (hidden(t)) {
                                events.add(SimpleConditionEvent.violated(
                                        unit, unit.getFullName() + " exposes " + t.getName()));
                            }
                        }
                    }
                })
                .check(sdk);
    }

    @Test
    void publicFields_whenInApiPackages_exposeNoInternalType() {
        fields().that()
                .arePublic()
                .should(new ArchCondition<JavaField>("expose no internal type") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        if (api(field.getOwner())
                                && field.getType().getAllInvolvedRawTypes().stream()
                                        .anyMatch(PublicApiTest::hidden)) {
                            events.add(SimpleConditionEvent.violated(
                                    field, field.getFullName() + " has an internal type"));
                        }
                    }
                })
                .check(sdk);
    }
}
