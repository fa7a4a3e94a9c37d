package io.github.egovsdk.core.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdNumberTest {
    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    static Stream<Arguments> everyProvinceBothCenturiesAndGenders() {
        return Province.before2025Merger().stream()
                .flatMap(p -> Stream.of(
                        Arguments.of(p.code() + "099" + "012345", p, Gender.MALE, 1999),
                        Arguments.of(p.code() + "185" + "543210", p, Gender.FEMALE, 1985),
                        Arguments.of(p.code() + "205" + "000001", p, Gender.MALE, 2005),
                        Arguments.of(p.code() + "324" + "999999", p, Gender.FEMALE, 2024)));
    }

    @ParameterizedTest
    @MethodSource("everyProvinceBothCenturiesAndGenders")
    void check_whenWellFormed_readsProvinceGenderAndBirthYear(String id, Province province, Gender gender, int year) {
        PersonalIdNumber.Result r = PersonalIdNumber.check(id, NOV_2026);

        assertThat(r.valid()).isTrue();
        assertThat(r.errors()).isEmpty();
        assertThat(r.province()).contains(province);
        assertThat(r.gender()).isEqualTo(gender);
        assertThat(r.birthYear()).isEqualTo(year);
        assertThat(r.century()).isEqualTo(year < 2000 ? 20 : 21);
    }

    @ParameterizedTest
    @CsvSource({
        "00109901234,LENGTH",
        "0010990123456,LENGTH",
        "00109901234A,DIGITS",
        "'',LENGTH",
        "000099012345,PROVINCE_CODE",
        "001299012345,BIRTH_YEAR_IN_FUTURE",
        "001499012345,BIRTH_YEAR_IN_FUTURE",
        "001 99012345,DIGITS"
    })
    void check_whenBroken_listsTheRuleWithoutThrowing(String id, String rule) {
        PersonalIdNumber.Result r = PersonalIdNumber.check(id, NOV_2026);

        assertThat(r.valid()).isFalse();
        assertThat(r.errors()).extracting(IdRuleViolation::rule).contains(rule);
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.messageVi()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"003099012345", "097199012345", "999099012345"})
    void check_whenCodeIsNotAProvince_isValidWithAWarning(String id) {
        PersonalIdNumber.Result r = PersonalIdNumber.check(id, NOV_2026);

        assertThat(r.valid()).isTrue();
        assertThat(r.warnings()).extracting(IdRuleViolation::rule).containsExactly("UNKNOWN_PROVINCE_CODE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "abcdefghijkl"})
    void of_whenInvalid_throwsValidationExceptionWithoutTheNumber(String id) {
        assertThatThrownBy(() -> PersonalIdNumber.of(id))
                .isInstanceOf(ValidationException.class)
                .satisfies(
                        e -> assertThat(((ValidationException) e).violations()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"001099012345", " 079203001234 "})
    void toString_always_masksTheMiddleSixDigits(String id) {
        PersonalIdNumber n = PersonalIdNumber.of(id);
        assertThat(n.toString()).matches("\\d{3}\\*{6}\\d{3}").isEqualTo(n.masked());
        assertThat(n.value()).isEqualTo(id.strip());
    }

    @ParameterizedTest
    @CsvSource({"123456789,true", "12345678,false", "12345678a,false"})
    void legacyCheck_whenNineDigits_isValid(String cmnd, boolean valid) {
        assertThat(LegacyIdNumber.check(cmnd).isEmpty()).isEqualTo(valid);
    }
}
