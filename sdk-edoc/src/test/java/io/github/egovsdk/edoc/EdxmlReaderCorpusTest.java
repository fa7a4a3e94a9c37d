package io.github.egovsdk.edoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real file of ../shared/corpus/edxml parses, with its key fields and its known quirks as warnings. */
class EdxmlReaderCorpusTest {
    static final Path CORPUS = Path.of(System.getProperty("egov.corpus.dir"), "edxml");
    /** The .edxml file zipped inside the four official samples' attachment (the same file in all four). */
    static final String ENTRY_SHA256 = "8385739ec4a4ed36d71eabcaead629641ffc5ffff3d487ff5c34d2f821c9f36e";

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(
                        "vpcp-sdk_edoc_new.edxml",
                        "000.00.00.A80",
                        List.of("28.22.H17"),
                        "74fass22",
                        BusinessDocType.NEW,
                        "7ab7c43a02a3cf2cedd14ebf2545a37e7a1307e0091b4ba94c2ef1e842a763aa",
                        List.of(
                                "DocumentId names sender 000.00.00.G22 but From/OrganId is 000.00.00.A80",
                                "Bussiness/DocumentId date '2014/02/30' is not a valid date; kept as written",
                                "To OrganId '28.22.H17': Not in the QCVN 102:2016 form 000.00.00.A00")),
                Arguments.of(
                        "vpcp-sdk_edoc_update.edxml",
                        "000.00.00.G22",
                        List.of("000.00.00.H41", "000.00.00.H14", "000.00.00.G17"),
                        "7816",
                        BusinessDocType.UPDATE,
                        "51653b9613f7f0275b43f80704033299740c702f354f44a06f55770cfbb0b135",
                        List.of("Bussiness/DocumentId date '2014/02/30' is not a valid date; kept as written")),
                Arguments.of(
                        "vpcp-sdk_edoc_replacement.edxml",
                        "000.00.00.G22",
                        List.of("000.00.00.H41", "000.00.00.H14", "000.00.00.G17"),
                        "7816",
                        BusinessDocType.REPLACE,
                        "57634d6539d79c5935c12fabd7d8fa513d81d84a5fad4c82258a31ffa741aba5",
                        List.of("Two ReplacementInfo entries name the same DocumentId")),
                Arguments.of(
                        "vpcp-sdk_edoc_revocation.edxml",
                        "000.00.00.G22",
                        List.of("000.00.00.H41", "000.00.00.H14", "000.00.00.G17"),
                        "7816",
                        BusinessDocType.REVOKE,
                        "22100d39101238b750bc39a24ff6994cb2c0cf08f4edbf5f3c34d4700857d378",
                        List.of("ResponseFor/OrganId 000.00.00.H14 differs from its DocumentId's 000.00.04.G14")));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void read_whenOfficialSample_givesFieldsAttachmentAndQuirks(
            String file,
            String from,
            List<String> to,
            String codeNumber,
            BusinessDocType type,
            String sha256,
            List<String> warnings) {
        ParsedEdxml p = EdxmlReader.builder().build().read(CORPUS.resolve(file));

        assertThat(p.kind()).isEqualTo(ParsedEdxml.Kind.EDOC);
        assertThat(p.from().organId()).isEqualTo(from);
        assertThat(p.to()).extracting(Organization::organId).containsExactlyElementsOf(to);
        assertThat(p.codeNumber()).isEqualTo(codeNumber);
        assertThat(p.codeNotation()).isEqualTo("VPCP-TTĐT");
        assertThat(p.subject()).isEqualTo("V/v kết nối, liên thông phần mềm quản lý văn bản");
        assertThat(p.businessDocType()).contains(type);
        assertThat(p.signature()).isEqualTo(EnvelopeSignature.PLACEHOLDER);
        assertThat(p.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("1896_QD-TTg_m_294779.doc");
            assertThat(a.contentType()).isEqualTo("application/zip");
            // The official SDK's wrapper (one entry {uuid}.edxml) is delivered unwrapped; sizes and hashes of the
            // entry were computed with Python's zipfile, independently of the SDK.
            assertThat(a.transferSize()).isEqualTo(270_823);
            assertThat(a.transferSha256()).isEqualTo(sha256);
            assertThat(a.zipped()).isTrue();
            assertThat(a.unwrapped()).isTrue();
            assertThat(a.wrappedEntryName()).matches("[0-9a-f-]{36}\\.edxml");
            assertThat(a.size()).isEqualTo(388_347);
            assertThat(a.sha256()).isEqualTo(ENTRY_SHA256);
        });
        assertThat(p.warnings()).containsAll(warnings);
    }

    @Test
    void read_whenCopyDownloadedFromTheAxis_reportsItsDeviations() {
        ParsedEdxml p = EdxmlReader.builder().build().read(CORPUS.resolve("received-from-axis_2019_852e179c.edxml"));

        assertThat(p.documentId()).isEqualTo("9fbfbad2-f1f8-4256-a2eb-50fb1061cddb");
        assertThat(p.traceHeaders()).extracting(TraceHeader::organId).containsExactly("01.02.G22", "001.00.20.TT2");
        assertThat(p.responseFor()).isEmpty();
        assertThat(p.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("GUIDE_INSTALL OPENVPN.SIGNED.PDF");
            assertThat(a.manifestContentType()).isEqualTo("application/pdf");
            assertThat(a.contentType()).isEqualTo("application/zip");
            assertThat(a.zipped()).isTrue();
            assertThat(a.deliveredContentType()).isEqualTo("application/pdf");
            assertThat(a.size()).isEqualTo(17);
            assertThat(a.sha256()).isEqualTo("c0469bc89f8b4d2aa08161bc7591309989461aa5e67709f2608b86ddcfb3b943");
            assertThat(a.transferSize()).isEqualTo(214);
        });
        assertThat(p.warnings())
                .contains(
                        "Empty ResponseFor element",
                        "DueDate 2018/06/25 is before PromulgationDate 2019/01/17",
                        "Attachment 'GUIDE_INSTALL OPENVPN.SIGNED.PDF': Manifest ContentType application/pdf but "
                                + "Attachment"
                                + " ContentType application/zip");
    }

    @Test
    void read_whenUnwrapAsked_extractsTheZipEntryToTheFolder(@TempDir Path dir) throws Exception {
        ParsedEdxml p = EdxmlReader.builder()
                .attachmentDirectory(dir)
                .unwrapZippedAttachments(true)
                .build()
                .read(CORPUS.resolve("received-from-axis_2019_852e179c.edxml"));

        ParsedAttachment a = p.attachments().get(0);
        assertThat(a.unwrapped()).isTrue();
        assertThat(a.size()).isEqualTo(17);
        assertThat(Files.size(a.file())).isEqualTo(17);
        assertThat(a.file().getFileName().toString()).isEqualTo("GUIDE_INSTALL OPENVPN.SIGNED.PDF");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(a.file());
        }
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of("vpcp-sdk_status_01.edxml", StatusCode.ARRIVED),
                Arguments.of("vpcp-sdk_status_rejection_02.edxml", StatusCode.REJECTED),
                Arguments.of("vpcp-sdk_status_change-acceptance_15.edxml", StatusCode.CHANGE_ACCEPTED));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void read_whenStatusMessage_givesCodeAndTheDocumentItAnswers(String file, StatusCode code) {
        ParsedEdxml p = EdxmlReader.builder().build().read(CORPUS.resolve(file));

        assertThat(p.kind()).isEqualTo(ParsedEdxml.Kind.STATUS);
        assertThat(p.knownStatus()).contains(code);
        assertThat(p.from().organId()).isEqualTo("000.00.00.H41");
        assertThat(p.responseFor()).singleElement().satisfies(r -> {
            assertThat(r.organId()).isEqualTo("000.00.00.G22");
            assertThat(r.documentId()).isEqualTo("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
        });
        assertThat(p.attachments()).isEmpty();
        assertThat(p.signature()).isEqualTo(EnvelopeSignature.NONE);
    }
}
