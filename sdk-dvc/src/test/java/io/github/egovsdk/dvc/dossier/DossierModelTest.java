package io.github.egovsdk.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierModelTest {
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 23, 13, 30);

    static Dossier.Builder valid() {
        return Dossier.builder()
                .code(DossierCode.parse("000.00.00.H27-261123-0001"))
                .procedure(ProcedureCode.parse("1.001234.000.00.00.H27"), "Cấp bản sao trích lục hộ tịch")
                .channel(Channel.IN_PERSON)
                .applicant(
                        Applicant.citizen("Nguyễn Văn An", "001099012345").withContacts("an@example.vn", "0912345678"))
                .receivedAt(RECEIVED)
                .dueAt(RECEIVED.plusDays(3))
                .status(DossierStatus.ACCEPTED)
                .addDocument(SubmittedDocument.of("f1", "to-khai.pdf", "TP1", URI.create("https://x.gov.vn/f1")))
                .addFee(new DossierFee("Lệ phí", "LP1", FeeCollection.BEFORE, 8000, null));
    }

    private static List<String> paths(ValidationException e) {
        return e.violations().stream().map(Violation::propertyPath).toList();
    }

    @Test
    void build_whenComplete_keepsEveryValueAndCopiesLists() {
        Dossier d = valid().vneidVerified(true).addConnectedDatabase("7").build();

        assertThat(d.code()).isEqualTo("000.00.00.H27-261123-0001");
        assertThat(d.procedureCode()).isEqualTo("1.001234.000.00.00.H27");
        assertThat(d.documents()).hasSize(1);
        assertThat(d.vneidVerified()).isTrue();
        assertThatThrownBy(() -> d.fees().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(d.toBuilder().status(DossierStatus.PROCESSING).build().status())
                .isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void build_whenRequiredFieldsMissing_namesEachOne() {
        assertThatThrownBy(() -> Dossier.builder().build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e))
                        .contains(
                                "code",
                                "procedureCode",
                                "procedureName",
                                "channel",
                                "applicant",
                                "receivedAt",
                                "dueAt",
                                "status"));
    }

    @Test
    void build_whenDueBeforeReceiptOrReturnedWithoutDate_namesTheRule() {
        assertThatThrownBy(() -> valid().dueAt(RECEIVED.minusHours(1)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(paths(e)).containsExactly("dueNotBeforeReceipt");
                    assertThat(e.getMessage()).contains("NgayHenTra", "Ngày hẹn trả");
                });
        assertThatThrownBy(() -> valid().status(DossierStatus.RESULT_RETURNED).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e))
                        .containsExactly("returnDatePresentWhenReturned"));
        assertThat(valid().status(DossierStatus.RESULT_RETURNED)
                        .returnedAt(RECEIVED.plusDays(2))
                        .build())
                .isNotNull();
    }

    @Test
    void build_whenNestedValuesInvalid_namesTheNestedPath() {
        Applicant badId = new Applicant(
                "Nguyễn Văn An",
                null,
                ApplicantType.CITIZEN,
                null,
                "khong-phai-email",
                null,
                null,
                null,
                List.of(new IdentityDocument(IdentityDocument.Type.PERSONAL_ID, "000099012345")));

        assertThatThrownBy(() -> valid().applicant(badId)
                        .addFee(new DossierFee("Phí", null, null, -5, null))
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(paths(e))
                            .contains("applicant.email", "applicant.identities[0].wellFormed", "fees[1].amountVnd");
                    assertThat(e.getMessage()).doesNotContain("000099012345");
                });
    }

    @Test
    void toString_whenPersonalData_masksIdNamePhoneAndEmail() {
        String s = valid().build().toString();

        assertThat(s)
                .contains("001******345", "N. V. A.")
                .doesNotContain("001099012345", "Nguyễn", "0912345678", "an@example.vn");
    }

    @Test
    void identityDocument_whenLegacyCmnd_acceptsNineDigitsOnly() {
        assertThat(new IdentityDocument(IdentityDocument.Type.LEGACY_ID_CARD, "012345678").isWellFormed())
                .isTrue();
        assertThat(new IdentityDocument(IdentityDocument.Type.LEGACY_ID_CARD, "01234567").isWellFormed())
                .isFalse();
        assertThat(new IdentityDocument(IdentityDocument.Type.LEGACY_ID_CARD, "012345678").toString())
                .contains("012***678");
    }

    @ParameterizedTest
    @CsvSource({
        "Thu trước,BEFORE",
        "THU TRUOC,BEFORE",
        "thu sau,AFTER",
        "Đối tượng miễn phí,EXEMPT",
        "Doi tuong mien phi,EXEMPT"
    })
    void feeCollection_whenPortalText_isRecognisedWithOrWithoutDiacritics(String text, FeeCollection expected) {
        assertThat(FeeCollection.fromText(text)).isEqualTo(expected);
    }

    @Test
    void channel_whenUnknownCode_namesTheField() {
        assertThat(Channel.fromCode(" 3 ")).contains(Channel.POSTAL);
        assertThat(Channel.fromCode("4")).isEmpty();
        assertThat(Channel.of("2")).isEqualTo(Channel.ONLINE);
        assertThatThrownBy(() -> Channel.of("4"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath)
                        .containsExactly("channel"));
    }

    @Test
    void supplement_whenDocumentsArrived_givesTheSuspensionForDueDates() {
        SupplementRequest s = new SupplementRequest(
                "bs1",
                "Cán bộ",
                "Bổ sung tờ khai",
                RECEIVED.plusDays(1),
                null,
                null,
                RECEIVED.plusDays(3),
                null,
                null,
                null,
                null,
                null);
        assertThat(s.suspension()).contains(new Suspension(RECEIVED.plusDays(1), RECEIVED.plusDays(3)));
        assertThat(new SupplementRequest("bs2", null, "x", RECEIVED, null, null, null, null, null, null, null, null)
                        .suspension())
                .isEmpty();
    }

    @Test
    void generator_whenTheDayChanges_restartsAtOneForTheNewDay() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T16:59:00Z")); // 23:59 VN
        Clock clock = new Clock() {
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(ZoneId zone) {
                return Clock.fixed(now.get(), zone);
            }

            public Instant instant() {
                return now.get();
            }
        };
        DossierCodeGenerator g = new DossierCodeGenerator(DossierCodeGenerator.CounterStore.inMemory(), clock);
        g.next("000.00.00.H27");
        assertThat(g.next("000.00.00.H27").value()).isEqualTo("000.00.00.H27-261123-0002");

        now.set(Instant.parse("2026-11-23T17:01:00Z")); // 00:01 on 24/11 in Vietnam
        DossierCode first = g.next("000.00.00.H27");

        assertThat(first.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(first.sequence()).isEqualTo(1);
    }
}
