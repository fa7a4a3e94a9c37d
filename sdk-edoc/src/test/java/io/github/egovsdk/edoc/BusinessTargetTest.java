package io.github.egovsdk.edoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A revocation, update or replacement names the document it acts on: required, written, read back. */
class BusinessTargetTest {
    static final Path CORPUS = Path.of(System.getProperty("egov.corpus.dir"), "edxml");
    static final ResponseFor TARGET =
            ResponseFor.of("000.00.00.H27", new DocumentCode("100", "UBND-VP"), LocalDate.of(2026, 11, 1), null);

    static EdocDocument.Builder base(Business business) {
        return EdocDocument.builder()
                .from(EdxmlRoundTripTest.FROM)
                .to(EdxmlRoundTripTest.TO_B)
                .to(EdxmlRoundTripTest.TO_C)
                .code("130", "UBND-VP")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                .subject("V/v thu hồi, cập nhật hoặc thay thế văn bản")
                .business(business);
    }

    @Test
    void build_whenRevokeOrUpdateNamesNoDocument_failsNamingResponseFor() {
        for (Business b :
                List.of(Business.revoke(null, "Thu hồi"), Business.update(null, "Cập nhật", true, List.of()))) {
            assertThatThrownBy(() -> base(b).build())
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                                assertThat(v.propertyPath()).isEqualTo("responseFor");
                                assertThat(v.rule()).isEqualTo("BusinessTarget");
                                assertThat(v.message())
                                        .contains(b.type().name())
                                        .contains("ResponseFor")
                                        .contains("Văn bản");
                            }));
        }
        assertThatThrownBy(() -> base(Business.revoke(null, "x"))
                        .responseFor(new ResponseFor("000.00.00.H27", "1/X", " ", "2026/11/01"))
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath)
                        .containsExactly("responseFor[0].documentId"));
    }

    @Test
    void build_whenReplaceNamesNoDocument_failsNamingTheReplacementList() {
        assertThatThrownBy(() -> base(Business.replace("Thay thế", List.of()))
                        .responseFor(TARGET)
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath)
                        .containsExactly("business.replacements"));
    }

    @Test
    void writeThenRead_whenRevoke_writesResponseForAndTheBusinessDocumentId() {
        ParsedEdxml p = roundTrip(base(Business.revoke(null, "Thu hồi do sai sót"))
                .responseFor(TARGET)
                .build());

        assertThat(p.responseFor())
                .containsExactly(new ResponseFor(
                        "000.00.00.H27", "100/UBND-VP", "000.00.00.H27,2026/11/01,100/UBND-VP", "2026/11/01"));
        assertThat(p.business().orElseThrow().documentId()).isEqualTo("000.00.00.H27,2026/11/01,100/UBND-VP");
        assertThat(p.targetDocumentIds()).containsExactly("000.00.00.H27,2026/11/01,100/UBND-VP");
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void writeThenRead_whenReplace_writesTheReplacementInfoList() {
        ParsedEdxml p = roundTrip(base(Business.replace(
                        "Văn bản thay thế",
                        List.of(new ReplacementInfo(TARGET.documentId(), List.of("000.00.01.H27", "000.00.02.H27")))))
                .steeringType(1)
                .build());

        assertThat(p.business().orElseThrow().replacements()).singleElement().satisfies(r -> {
            assertThat(r.documentId()).isEqualTo("000.00.00.H27,2026/11/01,100/UBND-VP");
            assertThat(r.organIds()).containsExactly("000.00.01.H27", "000.00.02.H27");
        });
        assertThat(p.targetDocumentIds()).containsExactly(TARGET.documentId());
        assertThat(p.steeringType()).isEqualTo(1);
    }

    @Test
    void read_whenOfficialSamples_exposeWhatTheyActOn() {
        EdxmlReader reader = EdxmlReader.builder().build();
        assertThat(reader.read(CORPUS.resolve("vpcp-sdk_edoc_revocation.edxml")).targetDocumentIds())
                .containsExactly("000.00.04.G14,2012/08/06,267/VPCP-TTĐT");
        assertThat(reader.read(CORPUS.resolve("vpcp-sdk_edoc_update.edxml")).targetDocumentIds())
                .containsExactly("000.00.00.G22,2014/02/30,7806/VPCP-TTĐT");
        assertThat(reader.read(CORPUS.resolve("vpcp-sdk_edoc_replacement.edxml"))
                        .targetDocumentIds())
                .containsExactly("000.00.00.G22,2014/01/30,7806/VPCP-TTĐT");
        assertThat(reader.read(CORPUS.resolve("vpcp-sdk_edoc_new.edxml")).targetDocumentIds())
                .isEmpty();
    }

    @Test
    void responseForParse_whenCliForm_buildsTheConventionalIdOrKeepsTheGivenOne() {
        assertThat(ResponseFor.parse("000.00.00.G22,7816/VPCP-TTĐT,2015-09-30"))
                .isEqualTo(new ResponseFor(
                        "000.00.00.G22", "7816/VPCP-TTĐT", "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT", "2015/09/30"));
        assertThat(ResponseFor.parse("000.00.00.G22,7816/VPCP-TTĐT,2015-09-30,000.00.00.G22,2015/09/30,7816/X")
                        .documentId())
                .isEqualTo("000.00.00.G22,2015/09/30,7816/X");
        assertThat(ResponseFor.parse("000.00.00.G22,7816/VPCP,2015-09-30,9fbfbad2-f1f8-4256-a2eb-50fb1061cddb")
                        .documentId())
                .isEqualTo("9fbfbad2-f1f8-4256-a2eb-50fb1061cddb");
        assertThatThrownBy(() -> ResponseFor.parse("000.00.00.G22,7816,2015-09-30"))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("number/notation");
        assertThatThrownBy(() -> ResponseFor.parse("000.00.00.G22,7816/X,30-02-2015"))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("yyyy-MM-dd");
        assertThat(ResponseFor.tryParse("G22")).isEmpty();
    }

    private static ParsedEdxml roundTrip(EdocDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EdxmlWriter.standard().write(doc, out);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("<edXML:"
                        + (doc.business().type() == BusinessDocType.REPLACE ? "ReplacementInfoList>" : "ResponseFor>"));
        return EdxmlReader.builder().build().read(new ByteArrayInputStream(out.toByteArray()));
    }
}
