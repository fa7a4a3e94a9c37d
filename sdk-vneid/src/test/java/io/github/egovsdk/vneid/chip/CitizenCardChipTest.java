package io.github.egovsdk.vneid.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.vn.Gender;
import io.github.egovsdk.vneid.card.CardQr;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.DERPrintableString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenCardChipTest {
    static ChipFiles files;
    static CitizenCardChip chip;

    @BeforeAll
    static void read() {
        files = ChipFixture.files(ChipFixture.dsc(ChipFixture.csca("CSCA")));
        chip = CitizenCardChip.read(files);
    }

    @Test
    void read_whenFullRead_prefersDg13AndParsesEveryFile() {
        assertThat(chip.personalId()).contains(ChipFixture.ID);
        assertThat(chip.fullName()).contains("Nguyễn Văn A");
        assertThat(chip.dateOfBirth()).contains(LocalDate.of(1999, 1, 1));
        assertThat(chip.gender()).contains(Gender.MALE);
        assertThat(chip.com())
                .hasValueSatisfying(c -> assertThat(c.dataGroups()).containsExactly(1, 2, 13));
        assertThat(chip.face()).hasValueSatisfying(f -> assertThat(f.format()).isEqualTo(FaceImage.Format.JPEG));
        assertThat(chip.sod())
                .hasValueSatisfying(s -> assertThat(s.dataGroups()).containsExactly(1, 2, 13));
        assertThat(chip.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the QR printed on the card, and which fields must be reported as disagreeing with the chip
                "001099012345||Nguyễn Văn A|01011999|Nam|Hà Nội|15082021|''",
                "001099012345||NGUYEN VAN A|01011999|Nam|Hà Nội|15082021|''",
                "001099012346||Nguyễn Văn A|01011999|Nam|Hà Nội|15082021|personalId",
                "001099012345|123456789|Nguyễn Văn A|01011999|Nam|Hà Nội|15082021|''",
                "001099012345|987654321|Nguyễn Văn A|01011999|Nam|Hà Nội|15082021|oldIdNumber",
                "001099012345||Nguyễn Văn Bình|02011999|Nữ|Hà Nội|15082021|fullName,dateOfBirth,gender",
            })
    void disagreementsWith_whenQrComparedWithTheChip_namesTheFieldsThatDiffer(
            String id,
            String old,
            String name,
            String dob,
            String gender,
            String address,
            String issued,
            String expected) {
        CardQr qr = CardQr.parse(String.join("|", id, old == null ? "" : old, name, dob, gender, address, issued));

        List<String> disagreements = chip.disagreementsWith(qr);

        assertThat(disagreements)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(",")));
        assertThat(String.join(",", disagreements)).doesNotContain(ChipFixture.ID, "Nguyễn");
    }

    @Test
    void disagreementsWith_whenOnlyTheMrzWasRead_comparesItsNameForm() {
        CitizenCardChip mrzOnly = CitizenCardChip.read(
                ChipFiles.builder().dataGroup(1, ChipFixture.dg1()).build());

        assertThat(mrzOnly.disagreementsWith(CardQr.parse("001099012345||Nguyễn Văn A|01011999|Nam|Hà Nội|15082021")))
                .isEmpty();
    }

    @Test
    void read_whenOnlyDg1_fallsBackToTheMrz() {
        CitizenCardChip c = CitizenCardChip.read(
                ChipFiles.builder().dataGroup(1, ChipFixture.dg1()).build());

        assertThat(c.personalId()).contains(ChipFixture.ID);
        assertThat(c.fullName()).contains("NGUYEN, VAN A");
        assertThat(c.gender()).contains(Gender.MALE);
        assertThat(c.dg13()).isEmpty();
        assertThat(c.face()).isEmpty();
    }

    @Test
    void read_whenDg13IdDiffersFromMrz_warnsWithoutTheNumbers() {
        var fields = ChipFixture.dg13Fields();
        fields.put(1, new DERPrintableString("079203000111"));
        CitizenCardChip c = CitizenCardChip.read(ChipFiles.builder()
                .dataGroup(1, ChipFixture.dg1())
                .dataGroup(13, ChipFixture.dg13(fields))
                .build());

        assertThat(c.warnings())
                .singleElement()
                .asString()
                .contains("differs")
                .doesNotContain("079203000111")
                .doesNotContain(ChipFixture.ID);
    }

    static Stream<Object> everyModel() {
        PassiveAuthenticator pa = PassiveAuthenticator.builder()
                .clock(Clock.fixed(ChipFixture.NOW, ZoneOffset.UTC))
                .build();
        return Stream.of(
                chip,
                files,
                chip.dg1().orElseThrow(),
                chip.dg2().orElseThrow(),
                chip.face().orElseThrow(),
                chip.dg13().orElseThrow(),
                chip.sod().orElseThrow(),
                pa.verify(chip),
                CardAccessNumber.fromPersonalId(ChipFixture.ID),
                MrzAccessKey.fromPersonalId(ChipFixture.ID, LocalDate.of(1999, 1, 1), LocalDate.of(2039, 1, 1)));
    }

    @ParameterizedTest
    @MethodSource("everyModel")
    void toString_whenPersonalData_masksIdsAndOmitsNamesSensitiveDataAndImages(Object model) {
        String s = model.toString();

        assertThat(s)
                .doesNotContain(ChipFixture.ID)
                .doesNotContain("099012345")
                .doesNotContain("123456789")
                .doesNotContain("012345")
                .doesNotContain("Nguyễn")
                .doesNotContain("NGUYEN")
                .doesNotContain("Kinh")
                .doesNotContain("Nốt ruồi")
                .doesNotContain("JFIF")
                .doesNotContain("1999");
    }

    @Test
    void toString_whenChip_showsTheMaskedId() {
        assertThat(chip.toString()).contains("001******345");
    }

    @Test
    void builderAdd_whenFilesInAnyOrder_recognisesThemByTag() {
        ChipFiles.Builder b = ChipFiles.builder();
        b.add(files.sod().orElseThrow())
                .add(files.dataGroup(13).orElseThrow())
                .add(files.com().orElseThrow());

        ChipFiles f = b.build();

        assertThat(f.dataGroupNumbers()).containsExactly(13);
        assertThat(f.sod()).isPresent();
        assertThat(f.com()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 17, -1})
    void builderDataGroup_whenNumberOutside1To16_throwsValidation(int n) {
        assertThatThrownBy(() -> ChipFiles.builder().dataGroup(n, new byte[] {1}))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement()
                        .satisfies(v -> assertThat(v.propertyPath()).isEqualTo("dataGroup")))
                .hasMessageContaining("Số nhóm dữ liệu");
    }

    @Test
    void files_whenCallerChangesTheirArray_keepTheOriginalBytes() {
        byte[] dg13 = ChipFixture.dg13();
        ChipFiles f = ChipFiles.builder().dataGroup(13, dg13).build();
        dg13[5] ^= 0x7F;
        f.dataGroup(13).orElseThrow()[6] ^= 0x7F;

        assertThat(f.dataGroup(13).orElseThrow()).isEqualTo(ChipFixture.dg13());
    }
}
