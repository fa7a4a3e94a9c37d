package io.github.egovsdk.vneid.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.vn.Gender;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardDataTest {
    static final String L1 = "IDVNM0990123459001099012345<<0";
    static final String L2 = "9901018M3901016VNM<<<<<<<<<<<0";
    static final String L3 = "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<";

    @Test
    void mrz_whenClockGiven_resolvesTheTwoDigitBirthYearAgainstIt() {
        // "99" is 1999 for a reader in 2026 (2099 is in the future) but 2099 for one in 2100: the century comes
        // from the clock given, not the machine's date.
        Clock in2100 = Clock.fixed(Instant.parse("2100-06-01T00:00:00Z"), ZoneOffset.UTC);

        assertThat(Mrz.parse(L1, L2, L3, in2100).dateOfBirth()).isEqualTo(LocalDate.of(2099, 1, 1));
        assertThat(Mrz.parse(L1, L2, L3).dateOfBirth()).isEqualTo(LocalDate.of(1999, 1, 1));
    }

    @Test
    void mrz_whenReferenceWorkedExample_readsEveryFieldAndCheckDigit() {
        Mrz m = Mrz.parse(L1, L2, L3);

        assertThat(m.valid()).as(m.errors().toString()).isTrue();
        assertThat(m.documentNumber()).isEqualTo("099012345");
        assertThat(m.personalId()).isEqualTo("001099012345");
        assertThat(m.dateOfBirth()).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(m.expiryDate()).isEqualTo(LocalDate.of(2039, 1, 1));
        assertThat(m.gender()).isEqualTo("MALE");
        assertThat(m.nationality()).isEqualTo("VNM");
        assertThat(m.names()).isEqualTo("NGUYEN, VAN A");
        assertThat(m.checkDigits())
                .containsOnlyKeys("documentNumber", "personalId", "dateOfBirth", "expiryDate", "composite")
                .allSatisfy((k, v) -> assertThat(v).isTrue());
        assertThat(m.toString()).doesNotContain("001099012345");
        assertThat(Mrz.checkDigit("099012345")).isEqualTo(9);
        assertThat(Mrz.checkDigit("001099012345")).isEqualTo(0);
    }

    @ParameterizedTest
    @CsvSource({"1,14,documentNumber", "1,29,personalId", "2,6,dateOfBirth", "2,14,expiryDate", "2,29,composite"})
    void mrz_whenOneCheckDigitBroken_reportsExactlyThatOne(int line, int index, String check) {
        String l1 = L1;
        String l2 = L2;
        if (line == 1) {
            l1 = L1.substring(0, index) + (char) ('0' + (L1.charAt(index) - '0' + 1) % 10) + L1.substring(index + 1);
        } else {
            l2 = L2.substring(0, index) + (char) ('0' + (L2.charAt(index) - '0' + 1) % 10) + L2.substring(index + 1);
        }
        Mrz m = Mrz.parse(l1, l2, L3);

        assertThat(m.valid()).isFalse();
        assertThat(m.checkDigits().get(check)).isFalse();
        assertThat(m.checkDigits().entrySet().stream()
                        .filter(e -> !e.getValue())
                        .count())
                .isEqualTo(check.equals("composite") ? 1 : 2); // a field's own digit is also part of the composite
    }

    @Test
    void qr_whenSevenFields_readsThem() {
        CardQr q = CardQr.parse("001099012345|123456789|NGUYỄN VĂN A|01011999|Nam|Số 1 Phố X, Hà Nội|15082021");

        assertThat(q.valid()).isTrue();
        assertThat(q.oldIdNumber()).isEqualTo("123456789");
        assertThat(q.dateOfBirth()).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(q.gender()).isEqualTo(Gender.MALE);
        assertThat(q.issueDate()).isEqualTo(LocalDate.of(2021, 8, 15));
        assertThat(q.warnings()).isEmpty();
        assertThat(q.toString()).doesNotContain("001099012345", "123456789");
    }

    @Test
    void qr_whenSixFieldsAndYearOnly_acceptsWithWarnings() {
        CardQr q = CardQr.parse("079303001234|TRẦN THỊ B|2003|Nữ|TP HCM|15082021");
        assertThat(q.valid()).isTrue();
        assertThat(q.gender()).isEqualTo(Gender.FEMALE);
        assertThat(q.warnings()).contains("6-field QR (no old CMND field)", "dateOfBirth: year only");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "001099012345||A|31021999|Nam|X|15082021;dateOfBirth",
                "001099012345||A|01011999|Khác|X|15082021;gender",
                "0010990123||A|01011999|Nam|X|15082021;personalId",
                "a|b|c;7 fields"
            })
    void qr_whenBroken_reportsTheFieldWithoutThrowing(String text, String field) {
        CardQr q = CardQr.parse(text);
        assertThat(q.valid()).isFalse();
        assertThat(q.errors()).anyMatch(e -> e.contains(field));
    }
}
