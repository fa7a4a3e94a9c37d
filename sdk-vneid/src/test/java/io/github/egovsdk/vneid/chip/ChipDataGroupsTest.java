package io.github.egovsdk.vneid.chip;

import static io.github.egovsdk.vneid.chip.ChipFixture.tlv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.vn.Gender;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChipDataGroupsTest {

    @Test
    void efComParse_whenTagListOfThreeGroups_readsVersionsAndGroups() {
        EfCom com = EfCom.parse(ChipFixture.com(0x61, 0x75, 0x6D, 0x6E));

        assertThat(com.ldsVersion()).isEqualTo("0107");
        assertThat(com.ldsVersionText()).isEqualTo("1.7");
        assertThat(com.unicodeVersion()).isEqualTo("040000");
        assertThat(com.dataGroups()).containsExactly(1, 2, 13, 14);
    }

    @Test
    void dg1Parse_whenMrzWithComputedCheckDigits_readsVietnameseLayout() {
        Dg1 dg1 = Dg1.parse(ChipFixture.dg1());

        assertThat(dg1.mrz().valid()).as(dg1.mrz().errors().toString()).isTrue();
        assertThat(dg1.mrz().personalId()).isEqualTo(ChipFixture.ID);
        assertThat(dg1.mrz().documentNumber()).isEqualTo("099012345");
        assertThat(dg1.mrz().dateOfBirth()).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(dg1.toString()).doesNotContain(ChipFixture.ID).contains("001******345");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void dg2Parse_whenIsoFacialRecord_detectsFormatFromTheDataBlock(int dataType) {
        byte[] jp2 = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D, 0x0A, (byte) 0x87, 0x0A, 0, 0};
        byte[] image = dataType == 0 ? ChipFixture.TINY_JPEG : jp2;

        Dg2 dg2 = Dg2.parse(ChipFixture.dg2(image, dataType));

        FaceImage face = dg2.face();
        assertThat(face.format()).isEqualTo(dataType == 0 ? FaceImage.Format.JPEG : FaceImage.Format.JPEG2000);
        assertThat(face.bytes()).isEqualTo(image);
        assertThat(face.width()).isEqualTo(160);
        assertThat(face.height()).isEqualTo(200);
        assertThat(dg2.toString())
                .contains("160x200")
                .doesNotContain("[-1, -40")
                .doesNotContain("JFIF");
    }

    @Test
    void faceImageWipe_whenCalled_zeroesTheHeldBytes() {
        FaceImage face = Dg2.parse(ChipFixture.dg2()).face();

        face.wipe();

        assertThat(face.bytes()).containsOnly(0);
    }

    @Test
    void dg13Parse_whenEveryReferenceField_readsEachByNumber() {
        Dg13 d = Dg13.parse(ChipFixture.dg13());

        assertThat(d.version()).isEqualTo(1);
        assertThat(d.fieldNumbers()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(d.personalId()).contains(ChipFixture.ID);
        assertThat(d.fullName()).contains("Nguyễn Văn A");
        assertThat(d.dateOfBirth()).contains(LocalDate.of(1999, 1, 1));
        assertThat(d.gender()).contains(Gender.MALE);
        assertThat(d.nationality()).contains("Việt Nam");
        assertThat(d.ethnicity()).contains("Kinh");
        assertThat(d.religion()).contains("Không");
        assertThat(d.placeOfOrigin()).contains("Xã X, Huyện Y, Hà Nội");
        assertThat(d.residence()).contains("Số 1 Phố X, Phường Y, Quận Z, Hà Nội");
        assertThat(d.identifyingMarks()).contains("Nốt ruồi C:1cm trên đầu mày phải");
        assertThat(d.issueDate()).contains(LocalDate.of(2021, 8, 15));
        assertThat(d.expiryText()).contains("01/01/2039");
        assertThat(d.expiryDate()).contains(LocalDate.of(2039, 1, 1));
        assertThat(d.fatherName()).contains("Nguyễn Văn B");
        assertThat(d.motherName()).contains("Trần Thị C");
        assertThat(d.spouseName()).contains("Lê Thị D");
        assertThat(d.oldIdNumber()).contains("123456789");
        assertThat(d.cardInternalId()).contains("A1B2C3D4E5F60718");
        assertThat(d.unknownFields()).isEmpty();
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void dg13Parse_whenOptionalFieldsMissingAndSpouseEmpty_givesEmptyOptionals() {
        Map<Integer, ASN1Encodable> f = ChipFixture.dg13Fields();
        Stream.of(7, 10, 13, 15, 16).forEach(f::remove);
        f.put(14, null); // 30 03 02 01 0E: no spouse
        f.put(12, new DERUTF8String("Không thời hạn"));

        Dg13 d = Dg13.parse(ChipFixture.dg13(f));

        assertThat(d.religion()).isEmpty();
        assertThat(d.identifyingMarks()).isEmpty();
        assertThat(d.fatherName()).isEmpty();
        assertThat(d.motherName()).isEmpty();
        assertThat(d.spouseName()).isEmpty();
        assertThat(d.oldIdNumber()).isEmpty();
        assertThat(d.cardInternalId()).isEmpty();
        assertThat(d.expiryText()).contains("Không thời hạn");
        assertThat(d.expiryDate()).isEmpty();
        assertThat(d.raw(14)).hasValueSatisfying(raw -> assertThat(raw).isEmpty());
        assertThat(d.fullName()).contains("Nguyễn Văn A");
    }

    @Test
    void dg13Parse_whenUnknownFieldNumber_keepsItRaw() {
        Map<Integer, ASN1Encodable> f = ChipFixture.dg13Fields();
        f.put(42, new DERPrintableString("XYZ"));

        Dg13 d = Dg13.parse(ChipFixture.dg13(f));

        assertThat(d.unknownFields()).containsOnlyKeys(42);
        assertThat(d.unknownFields().get(42)).containsExactly(0x13, 3, 'X', 'Y', 'Z');
        assertThat(d.text(42)).contains("XYZ");
        assertThat(d.personalId()).contains(ChipFixture.ID);
    }

    @Test
    void dg13Parse_whenField15AbsentAnd16HasNineDigits_readsOldIdFrom16WithWarning() {
        Map<Integer, ASN1Encodable> f = ChipFixture.dg13Fields();
        f.remove(15);
        f.put(16, new DERPrintableString("987654321"));

        Dg13 d = Dg13.parse(ChipFixture.dg13(f));

        assertThat(d.oldIdNumber()).contains("987654321");
        assertThat(d.warnings()).singleElement().asString().contains("field 16");
    }

    @Test
    void dg13ToString_whenFullData_masksIdAndOmitsNames() {
        String s = Dg13.parse(ChipFixture.dg13()).toString();

        assertThat(s)
                .contains("001******345")
                .doesNotContain(ChipFixture.ID)
                .doesNotContain("Nguyễn")
                .doesNotContain("Kinh")
                .doesNotContain("123456789");
    }

    static Stream<Arguments> malformed() {
        byte[] dg13 = ChipFixture.dg13();
        byte[] wrongFieldNumber = tlv(
                0x6D, tlv(0x30, tlv(0x02, new byte[] {1}), tlv(0x31, tlv(0x30, tlv(0x0C, ChipFixture.ascii("x"))))));
        byte[] deep = new byte[0];
        for (int i = 0; i < 40; i++) {
            deep = tlv(0x30, deep);
        }
        byte[] tooDeep = tlv(0x6D, tlv(0x30, tlv(0x31, deep)));
        return Stream.of(
                Arguments.of("truncated by one byte", Arrays.copyOf(dg13, dg13.length - 1), "TLV_TRUNCATED"),
                Arguments.of("header only", new byte[] {0x6D, (byte) 0x82, 0x01}, "TLV_TRUNCATED"),
                Arguments.of("garbage", new byte[] {(byte) 0xFF, 0x00, 0x13}, "TLV_TAG"),
                Arguments.of("empty", new byte[0], "EMPTY"),
                Arguments.of("indefinite length", new byte[] {0x6D, (byte) 0x80, 0x00, 0x00}, "TLV_INDEFINITE_LENGTH"),
                Arguments.of("five-byte length", new byte[] {0x6D, (byte) 0x85, 1, 0, 0, 0, 0}, "TLV_LENGTH"),
                Arguments.of("trailing bytes", concat(dg13, new byte[] {0, 0}), "TRAILING_BYTES"),
                Arguments.of("DG1 tag instead of DG13", ChipFixture.dg1(), "WRONG_TAG"),
                Arguments.of("field without INTEGER number", wrongFieldNumber, "FIELD_NUMBER"),
                Arguments.of("nesting 40 deep", tooDeep, "TLV_DEPTH"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void dg13Parse_whenMalformed_throwsTypedErrorNamingFileAndRule(String name, byte[] bytes, String rule) {
        assertThatThrownBy(() -> Dg13.parse(bytes))
                .isInstanceOfSatisfying(ChipFormatException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.file()).isEqualTo("DG13");
                })
                .hasMessageStartingWith("DG13: ")
                .hasMessageContaining(" / ");
    }

    @Test
    void dg1Parse_whenMrzNotTd1_throwsMrzLength() {
        byte[] td3 = tlv(0x61, tlv(0x5F1F, ChipFixture.ascii("P<VNM" + "<".repeat(83))));

        assertThatThrownBy(() -> Dg1.parse(td3))
                .isInstanceOfSatisfying(
                        ChipFormatException.class, e -> assertThat(e.rule()).isEqualTo("MRZ_LENGTH"));
    }

    @Test
    void dg2Parse_whenRecordLengthLies_throwsBiometricRecord() {
        byte[] record = ChipFixture.facialRecord(ChipFixture.TINY_JPEG, 0);
        record[11] = (byte) (record[11] + 50);
        byte[] dg2 = tlv(0x75, tlv(0x7F61, tlv(0x02, new byte[] {1}), tlv(0x7F60, tlv(0x5F2E, record))));

        assertThatThrownBy(() -> Dg2.parse(dg2))
                .isInstanceOfSatisfying(
                        ChipFormatException.class, e -> assertThat(e.rule()).isEqualTo("BIOMETRIC_RECORD"));
    }

    @Test
    void efSodParse_whenGarbageInsideTag77_throwsCmsStructure() {
        byte[] sod = tlv(0x77, tlv(0x30, tlv(0x02, new byte[] {5})));

        assertThatThrownBy(() -> EfSod.parse(sod))
                .isInstanceOfSatisfying(
                        ChipFormatException.class, e -> assertThat(e.file()).isEqualTo("EF.SOD"));
    }

    @Test
    void efSodParse_whenGenerated_readsDigestHashesAndDsc() {
        ChipFixture.Issuer dsc = ChipFixture.dsc(ChipFixture.csca("CSCA"));
        EfSod sod = EfSod.parse(ChipFixture.files(dsc).sod().orElseThrow());

        assertThat(sod.digestAlgorithm()).isEqualTo("SHA-256");
        assertThat(sod.dataGroups()).containsExactly(1, 2, 13);
        assertThat(sod.hash(13)).hasValueSatisfying(h -> assertThat(h).hasSize(32));
        assertThat(sod.documentSigner()).contains(dsc.certificate());
    }

    @Test
    void efSodParse_whenSignedContentIsNotAnLdsSecurityObject_throwsContentType() {
        ChipFixture.Issuer dsc = ChipFixture.dsc(ChipFixture.csca("CSCA"));
        byte[] sod = ChipFixture.sod(
                Map.of(1, ChipFixture.dg1(), 2, ChipFixture.dg2()),
                dsc.certificate(),
                dsc.keys().getPrivate(),
                new ASN1ObjectIdentifier("1.2.840.113549.1.7.1"));

        assertThatThrownBy(() -> EfSod.parse(sod))
                .isInstanceOfSatisfying(
                        ChipFormatException.class, e -> assertThat(e.rule()).isEqualTo("CONTENT_TYPE"));
    }

    @ParameterizedTest
    @CsvSource({"0x62,TAG_LIST", "0x00,TAG_LIST"})
    void efComParse_whenTagListHoldsNonDataGroupTag_throwsTagList(String tag, String rule) {
        byte[] com = ChipFixture.com(0x61, Integer.decode(tag));

        assertThatThrownBy(() -> EfCom.parse(com))
                .isInstanceOfSatisfying(
                        ChipFormatException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @ParameterizedTest
    @CsvSource({"Nam,MALE", "Nữ,FEMALE", "NAM,MALE"})
    void dg13Gender_whenNamOrNu_mapsToGender(String text, Gender expected) {
        Map<Integer, ASN1Encodable> f = ChipFixture.dg13Fields();
        f.put(4, new DERUTF8String(text));

        assertThat(Dg13.parse(ChipFixture.dg13(f)).gender()).contains(expected);
    }

    @Test
    void dg13Gender_whenDecomposedNu_isNormalisedToFemale() {
        Map<Integer, ASN1Encodable> f = ChipFixture.dg13Fields();
        f.put(4, new DERUTF8String(Normalizer.normalize("Nữ", Normalizer.Form.NFD)));

        Dg13 d = Dg13.parse(ChipFixture.dg13(f));

        assertThat(d.gender()).contains(Gender.FEMALE);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void dg13Parse_whenDateNotDdMmYyyy_warnsAndGivesEmptyDate() {
        Map<Integer, ASN1Encodable> f = ChipFixture.dg13Fields();
        f.put(3, new DERPrintableString("1999-01-01"));

        Dg13 d = Dg13.parse(ChipFixture.dg13(f));

        assertThat(d.dateOfBirth()).isEmpty();
        assertThat(d.text(3)).contains("1999-01-01");
        assertThat(d.warnings()).singleElement().asString().contains("field 3");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
