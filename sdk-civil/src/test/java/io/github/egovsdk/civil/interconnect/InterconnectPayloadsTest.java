package io.github.egovsdk.civil.interconnect;

import static io.github.egovsdk.civil.CivilFixtures.birthFields;
import static io.github.egovsdk.civil.CivilFixtures.deathFields;
import static io.github.egovsdk.civil.CivilFixtures.detail;
import static io.github.egovsdk.civil.CivilFixtures.inner;
import static io.github.egovsdk.civil.CivilFixtures.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.civil.CivilFixtures;
import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.civil.registration.BirthRegistration;
import io.github.egovsdk.civil.registration.DeathRegistration;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.civil.registration.RegistrationProblem;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterconnectPayloadsTest {

    @Test
    void decode_whenReferenceExample_readsBothEncodedLayersAndTheXml() {
        InterconnectDossier d = InterconnectPayloads.decode(CivilFixtures.REFERENCE_DETAIL);
        assertThat(d.module()).isEqualTo(CivilModule.BIRTH);
        assertThat(d.interconnectCode()).isEqualTo("G22.99-250101-0001");
        assertThat(d.procedureCode()).isEqualTo("2.000986");
        assertThat(d.unitCode()).isEqualTo("16000");
        assertThat(d.districtLevel()).isFalse();
        assertThat(d.receivedAt()).isEqualTo(LocalDateTime.of(2025, 1, 1, 8, 0));
        assertThat(d.techId()).isEqualTo("tech-0001");
        BirthRegistration b = (BirthRegistration) d.registration();
        assertThat(b.birthCertificateId()).isEqualTo("GCS-0001");
        assertThat(b.birthCertificateDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(b.registrationAuthority()).isEqualTo("16000");
        assertThat(b.child().name()).isEqualTo("NGUYEN VAN A");
        assertThat(b.child().birthDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(b.mother().name()).isEqualTo("TRAN THI B");
        assertThat(b.mother().document().number()).isEqualTo("000000000000");
        assertThat(b.father().isEmpty()).isTrue();
        assertThat(b.requester().relationship()).isEqualTo("Mẹ");
        assertThat(d.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("gcs.pdf");
            assertThat(a.documentName()).isEqualTo("Giấy chứng sinh");
            assertThat(new String(a.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4\n");
            assertThat(a.cancelled()).isFalse();
        });
    }

    @Test
    void decode_whenEveryBirthField_mapsEachToTheModel() {
        InterconnectDossier d = InterconnectPayloads.decode(CivilFixtures.birthDetail("G22.99-250101-0002"));
        BirthRegistration b = (BirthRegistration) d.registration();
        assertThat(b.copies()).isEqualTo(2);
        assertThat(b.registrationType()).isEqualTo("1");
        assertThat(b.child().sex()).isEqualTo("1");
        assertThat(b.child().placeOfBirth()).isEqualTo("Bệnh viện X");
        assertThat(b.child().placeOfBirthCode()).isEqualTo("38");
        assertThat(b.child().homeTown()).isEqualTo("Xã Y, tỉnh Z");
        assertThat(b.child().birthKind()).isEqualTo("1");
        assertThat(b.mother().birthDate()).isEqualTo(LocalDate.of(1990, 3, 2));
        assertThat(b.mother().residenceType()).isEqualTo("1");
        assertThat(b.mother().verified()).isEqualTo("1");
        assertThat(b.father().name()).isEqualTo(CivilFixtures.FATHER);
        assertThat(b.father().document().number()).isEqualTo(CivilFixtures.FATHER_ID);
        assertThat(b.requester().document().issuedOn()).isEqualTo(LocalDate.of(2021, 10, 10));
        assertThat(b.requester().document().issuedBy()).isEqualTo("Cục CSQLHC về TTXH");
        assertThat(b.requester().phone()).isEqualTo("0900000000");
        assertThat(d.attachments()).hasSize(2);
        assertThat(d.activeAttachments()).extracting(Attachment::fileName).containsExactly("gcs.pdf");
        assertThat(d.attachments().get(0).content()).isEqualTo(CivilFixtures.PDF);
        assertThat(d.attachments().get(0).sha256()).hasSize(64);
    }

    @Test
    void decode_whenDeath_mapsDeceasedNoticeAndRequester() {
        InterconnectDossier d = InterconnectPayloads.decode(CivilFixtures.deathDetail("G22.99-250105-0001"));
        assertThat(d.module()).isEqualTo(CivilModule.DEATH);
        assertThat(d.procedureCode()).isEqualTo("1.011733");
        DeathRegistration r = (DeathRegistration) d.registration();
        assertThat(r.deathNoticeId()).isEqualTo("GBT-G22.99-250105-0001");
        assertThat(r.deathNoticeDate()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(r.deceased().name()).isEqualTo(CivilFixtures.DECEASED);
        assertThat(r.deathDate()).isEqualTo(LocalDate.of(2025, 1, 4));
        assertThat(r.deceased().deathTime()).isEqualTo("10:30");
        assertThat(r.deceased().document().number()).isEqualTo(CivilFixtures.DECEASED_ID);
        assertThat(r.notice().number()).isEqualTo("01/2025");
        assertThat(r.notice().date()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(r.requester().relationship()).isEqualTo("Con");
        assertThat(r.subjectBirthDate()).isEqualTo(LocalDate.of(1940, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01.01.2025", "01/01/2025", "20250101", "2025-01-01", "1/1/2025", "1.1.2025"})
    void decode_whenBirthDateInAnyListedFormat_readsTheSameDate(String format) {
        Map<String, String> f = birthFields("X-1");
        f.put("nksNgaySinh", format);
        InterconnectDossier d = InterconnectPayloads.decode(detail(inner("KS", "X-1", xml("root", f))));
        assertThat(d.registration().subjectBirthDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "01/01/2025 08:00:00",
                "20250101080000",
                "2025-01-01T08:00:00",
                "2025-01-01T01:00:00Z",
                "2025-01-01 08:00:00",
                "01/01/2025 08:00"
            })
    void decode_whenReceiptTimeInAnyListedFormat_parsesIt(String format) {
        ObjectNode in = inner("KS", "X-2", xml("root", birthFields("X-2")));
        in.put("ngayTiepNhan", format);
        InterconnectDossier d = InterconnectPayloads.decode(detail(in));
        assertThat(d.receivedAt()).isEqualTo(LocalDateTime.of(2025, 1, 1, 8, 0));
        assertThat(d.receivedAtText()).isEqualTo(format);
    }

    @Test
    void inspect_whenReceiptTimeUnknownFormat_keepsTextAndWarns() {
        ObjectNode in = inner("KS", "X-3", xml("root", birthFields("X-3")));
        in.put("ngayTiepNhan", "hôm qua");
        DecodedDossier d = InterconnectPayloads.inspect(detail(in));
        assertThat(d.valid()).isTrue();
        assertThat(d.dossier().receivedAt()).isNull();
        assertThat(d.warnings()).anyMatch(w -> w.contains("ngayTiepNhan"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "hoSo", "HoTichLienThong", "ns:doc xmlns:ns=\"urn:x\""})
    void decode_whenAnyRootElementName_findsHoTichBelowIt(String root) {
        String x = xml(root, birthFields("X-4"));
        if (root.contains(" ")) {
            x = x.replace("</" + root + ">", "</ns:doc>");
        }
        assertThat(InterconnectPayloads.decode(detail(inner("KS", "X-4", x)))
                        .registration()
                        .subjectName())
                .isEqualTo(CivilFixtures.CHILD);
    }

    @Test
    void inspect_whenHoTichIsTheRootOrWrapperMissingOrInnerIsObject_acceptsEachVariantWithAWarning() {
        String hoTichRoot =
                xml("x", birthFields("X-5")).replaceFirst("^<x>", "").replaceFirst("</x>$", "");
        assertThat(InterconnectPayloads.decode(detail(inner("KS", "X-5", hoTichRoot)))
                        .interconnectCode())
                .isEqualTo("X-5");

        ObjectNode in = inner("KS", "X-6", xml("root", birthFields("X-6")));
        String withWrapper = detail(in);
        ObjectNode outer = (ObjectNode) EgovJson.tryParse(withWrapper).path("data");
        DecodedDossier noWrapper = InterconnectPayloads.inspect(outer.toString());
        assertThat(noWrapper.valid()).isTrue();
        assertThat(noWrapper.warnings()).anyMatch(w -> w.contains("wrapper"));

        ObjectNode objectInner = outer.deepCopy();
        objectInner.set("data", in);
        DecodedDossier inner = InterconnectPayloads.inspect("{\"data\":" + objectInner + "}");
        assertThat(inner.valid()).isTrue();
        assertThat(inner.warnings()).anyMatch(w -> w.contains("JSON object"));

        ObjectNode single = in.deepCopy();
        DecodedDossier singleEncoded = InterconnectPayloads.inspect("{\"data\":" + single + "}");
        assertThat(singleEncoded.valid()).isTrue();
        assertThat(singleEncoded.warnings()).anyMatch(w -> w.contains("single-encoded"));
        assertThat(singleEncoded.dossier().attachments()).hasSize(2);
    }

    @Test
    void inspect_whenAttachmentsOnOuterLayerAndFlagsInOtherTypes_readsThem() {
        ObjectNode in = inner("KS", "X-7", xml("root", birthFields("X-7")));
        var files = in.remove("fileDinhKem");
        ((ObjectNode) files.get(0)).put("huyGiayTo", "0").put("id", "11").put("loaiGiayTo", "3");
        ((ObjectNode) files.get(1)).put("huyGiayTo", true);
        ObjectNode reply = (ObjectNode) EgovJson.tryParse(detail(in));
        ((ObjectNode) reply.path("data")).set("fileDinhKem", files);
        DecodedDossier d = InterconnectPayloads.inspect(reply.toString());
        assertThat(d.warnings()).anyMatch(w -> w.contains("outer layer"));
        assertThat(d.dossier().attachments()).extracting(Attachment::id).containsExactly(11L, 2L);
        assertThat(d.dossier().attachments().get(0).documentType()).isEqualTo(3);
        assertThat(d.dossier().activeAttachments()).hasSize(1);
    }

    @Test
    void decode_whenUnitCodeHasThreeDigits_isDistrictLevel() {
        ObjectNode in = inner("KS", "X-8", xml("root", birthFields("X-8")));
        String s = detail(in).replace("\"maDonVi\":16000", "\"maDonVi\":\"380\"");
        assertThat(InterconnectPayloads.decode(s).districtLevel()).isTrue();
    }

    @Test
    void decode_whenRequiredFieldsMissing_namesEachFieldWithoutQuotingValues() {
        Map<String, String> f = birthFields("X-9");
        f.remove("nksHoTen");
        f.remove("noiDangKy");
        f.put("meNgaySinh", "31.02.1990");
        f.put("soLuongBanSao", "nhiều");
        ObjectNode in = inner("KS", "X-9", xml("root", f));
        in.remove("maHoSo");
        String s = detail(in).replace("\"maHoSo\":\"X-9\",", "");
        assertThatThrownBy(() -> InterconnectPayloads.decode(s))
                .isInstanceOfSatisfying(InvalidRegistrationException.class, e -> {
                    assertThat(e.problems())
                            .extracting(RegistrationProblem::field)
                            .containsExactlyInAnyOrder(
                                    "hoTich.nksHoTen",
                                    "hoTich.noiDangKy",
                                    "hoTich.meNgaySinh",
                                    "hoTich.soLuongBanSao",
                                    "data.maHoSo");
                    assertThat(e.problems())
                            .filteredOn(p -> p.field().equals("hoTich.nksHoTen"))
                            .singleElement()
                            .satisfies(p -> {
                                assertThat(p.rule()).isEqualTo("Required");
                                assertThat(p.vi()).contains("bắt buộc");
                            });
                    assertThat(e.getMessage()).doesNotContain(CivilFixtures.MOTHER, CivilFixtures.MOTHER_ID);
                });
    }

    @Test
    void decode_whenDeathMissesDateOfDeathAndModuleUnknown_namesThem() {
        Map<String, String> f = deathFields("X-10");
        f.remove("nktNgayChet");
        String s = detail(inner("KX", "X-10", xml("root", f)));
        assertThatThrownBy(() -> InterconnectPayloads.decode(s))
                .isInstanceOfSatisfying(InvalidRegistrationException.class, e -> assertThat(e.problems())
                        .extracting(RegistrationProblem::field)
                        .contains("hoTich.nktNgayChet", "data.module"));
    }

    @Test
    void decode_whenFieldLongerThanLimit_namesIt() {
        Map<String, String> f = birthFields("X-11");
        f.put("nksNoiSinh", "x".repeat(2001));
        assertThatThrownBy(() -> InterconnectPayloads.decode(detail(inner("KS", "X-11", xml("root", f)))))
                .isInstanceOfSatisfying(InvalidRegistrationException.class, e -> assertThat(e.problems())
                        .extracting(RegistrationProblem::rule)
                        .containsExactly("Length"));
    }

    @Test
    void decode_whenAttachmentNotBase64_namesTheAttachment() {
        ObjectNode in = inner("KS", "X-12", xml("root", birthFields("X-12")));
        ((ObjectNode) in.path("fileDinhKem").get(0)).put("duLieuTepDinhKem", "**not base64**");
        assertThatThrownBy(() -> InterconnectPayloads.decode(detail(in)))
                .isInstanceOfSatisfying(InvalidRegistrationException.class, e -> assertThat(e.problems())
                        .extracting(RegistrationProblem::field)
                        .containsExactly("data.data.fileDinhKem[0].duLieuTepDinhKem"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "[1,2]",
                "{\"data\":null}",
                "{\"data\":{\"data\":\"{broken\"}}",
                "{\"data\":{\"data\":\"[]\"}}",
                "{\"data\":{\"data\":\"{\\\"data\\\":42}\"}}",
                ""
            })
    void decode_whenJsonLayersMalformed_throwsPayloadFormatNamingTheLayer(String s) {
        assertThatThrownBy(() -> InterconnectPayloads.decode(s))
                .isInstanceOf(PayloadFormatException.class)
                .satisfies(e -> assertThat(((PayloadFormatException) e).part()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<root><hoTich><nksHoTen>A</hoTich></root>",
                "<root><other/></root>",
                "   ",
                "<root><hoTich>&#0;</hoTich></root>"
            })
    void decode_whenXmlMalformedOrWithoutHoTich_throwsPayloadFormat(String x) {
        assertThatThrownBy(() -> InterconnectPayloads.decode(detail(inner("KS", "X-13", x))))
                .isInstanceOfSatisfying(PayloadFormatException.class, e -> {
                    assertThat(e.part()).isEqualTo("data.data");
                    assertThat(e.unsafe()).isFalse();
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r><hoTich><nksHoTen>&x;</nksHoTen></hoTich>"
                        + "</r>",
                "<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b "
                        + "\"&a;&a;&a;&a;\">]><r><hoTich><nksHoTen>&b;</nksHoTen></hoTich></r>",
                "<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/x.dtd\"><r><hoTich/></r>"
            })
    void decode_whenXmlHasDtdOrEntities_refusesAsUnsafe(String x) {
        assertThatThrownBy(() -> InterconnectPayloads.decode(detail(inner("KS", "X-14", x))))
                .isInstanceOfSatisfying(PayloadFormatException.class, e -> assertThat(e.unsafe())
                        .isTrue());
    }

    @Test
    void decode_whenTooLarge_refusesBeforeParsing() {
        String big = CivilFixtures.birthDetail("X-15");
        assertThatThrownBy(() -> InterconnectPayloads.decode(big, new PayloadLimits(1000, 1 << 20, 2000)))
                .isInstanceOfSatisfying(PayloadFormatException.class, e -> assertThat(e.unsafe())
                        .isTrue());
        assertThatThrownBy(() -> InterconnectPayloads.decode(big, new PayloadLimits(64 << 20, 100, 2000)))
                .isInstanceOfSatisfying(PayloadFormatException.class, e -> assertThat(e.unsafe())
                        .isTrue());
        String deep = "<r><hoTich>" + "<a>".repeat(40) + "</a>".repeat(40) + "</hoTich></r>";
        assertThatThrownBy(() -> InterconnectPayloads.decode(detail(inner("KS", "X-16", deep))))
                .isInstanceOf(PayloadFormatException.class);
    }
}
