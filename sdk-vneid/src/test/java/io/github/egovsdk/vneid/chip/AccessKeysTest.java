package io.github.egovsdk.vneid.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.vneid.card.Mrz;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessKeysTest {

    @ParameterizedTest
    @CsvSource({"001099012345,012345", "079203000111,000111", " 038188765432 ,765432"})
    void canFromPersonalId_whenTwelveDigits_isTheLastSix(String id, String can) {
        assertThat(CardAccessNumber.fromPersonalId(id).value()).isEqualTo(can);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00109901234", "0010990123456", "00109901234A"})
    void canFromPersonalId_whenNotTwelveDigits_throwsNamingTheField(String id) {
        assertThatThrownBy(() -> CardAccessNumber.fromPersonalId(id))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement()
                        .satisfies(v -> assertThat(v.propertyPath()).isEqualTo("personalId")))
                .hasMessageContaining("12 chữ số");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12a456"})
    void canOf_whenNotSixDigits_throwsCanFormat(String can) {
        assertThatThrownBy(() -> CardAccessNumber.of(can))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("CAN.format"));
    }

    @Test
    void canOf_whenSixDigits_equalsTheDerivedOne() {
        assertThat(CardAccessNumber.of("012345")).isEqualTo(CardAccessNumber.fromPersonalId("001099012345"));
    }

    @Test
    void mrzInformation_whenReferenceWorkedExample_hasTheThreeCheckDigits() {
        MrzAccessKey key =
                MrzAccessKey.fromPersonalId("001099012345", LocalDate.of(1999, 1, 1), LocalDate.of(2039, 1, 1));

        assertThat(key.documentNumber()).isEqualTo("099012345");
        assertThat(key.mrzInformation()).isEqualTo("099012345" + "9" + "990101" + "8" + "390101" + "6");
    }

    @Test
    void mrzAccessKeyFromMrz_whenParsedMrz_equalsTheKeyFromTheId() {
        Mrz mrz = Mrz.parse(
                "IDVNM0990123459001099012345<<0", "9901018M3901016VNM<<<<<<<<<<<0", "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<");

        assertThat(MrzAccessKey.fromMrz(mrz))
                .isEqualTo(MrzAccessKey.fromPersonalId(
                        "001099012345", LocalDate.of(1999, 1, 1), LocalDate.of(2039, 1, 1)));
    }

    @Test
    void mrzAccessKey_whenDocumentNumberHasLowercase_throwsDocumentNumberFormat() {
        assertThatThrownBy(() -> new MrzAccessKey("09901234a", LocalDate.of(1999, 1, 1), LocalDate.of(2039, 1, 1)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("DocumentNumber.format"));
    }
}
