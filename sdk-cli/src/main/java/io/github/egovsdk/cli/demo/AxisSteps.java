package io.github.egovsdk.cli.demo;

import io.github.egovsdk.edoc.Attachment;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdocVerification;
import io.github.egovsdk.edoc.EdxmlVerifier;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedAttachment;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.edoc.SignerInfo;
import io.github.egovsdk.edoc.StatusCode;
import io.github.egovsdk.edoc.StatusMessage;
import io.github.egovsdk.edoc.receive.EdocReceiver;
import io.github.egovsdk.edoc.receive.EdocTracker;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.SendResult;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.pdf.VisibleSignature;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.verify.ValidationReport;
import io.github.egovsdk.testkit.EgovSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Demo steps 1–4: sign, send through the axis, receive and verify at B, track statuses at A. */
final class AxisSteps {
    private AxisSteps() {}

    private static String cn(String dn) {
        for (String part : dn.split(",")) {
            if (part.strip().startsWith("CN=")) {
                return part.strip().substring(3);
            }
        }
        return dn;
    }

    static EgovSandbox sandbox(DemoContext c) {
        try {
            return c.get("sandbox");
        } catch (IllegalStateException notYet) {
            EgovSandbox s = c.closeLater(EgovSandbox.start());
            c.detail("sandbox: " + s.baseUri());
            return c.put("sandbox", s);
        }
    }

    static String signLetter(DemoContext c) throws Exception {
        EgovSandbox s = sandbox(c);
        Path letter = DemoLetter.write(c.output().resolve("cong-van-123-UBND-VP.pdf"));
        Path signed = c.output().resolve("cong-van-123-UBND-VP.signed.pdf");
        SigningKey official = s.signingKey("CN=Nguyễn Văn An,OU=Văn phòng,O=UBND tỉnh Bắc Ninh (sandbox),C=VN");
        SigningKey seal = s.signingKey("CN=UBND tỉnh Bắc Ninh (sandbox),O=UBND tỉnh Bắc Ninh (sandbox),C=VN");
        byte[] signature = DemoLetter.png("Nguyễn Văn An", false);
        byte[] stamp = DemoLetter.png("UBND TỈNH BẮC NINH", true);
        try (TsaClient tsa = s.tsaClient()) {
            PadesSigner.builder()
                    .key(official)
                    .tsa(tsa)
                    .build()
                    .sign(
                            letter,
                            signed,
                            new PadesOptions(
                                    "Nguyễn Văn An",
                                    "Ký ban hành văn bản",
                                    "Bắc Ninh",
                                    VisibleSignature.withImage(
                                            1,
                                            320,
                                            110,
                                            230,
                                            70,
                                            signature,
                                            List.of("Người ký: Nguyễn Văn An", "Chức vụ: Chánh Văn phòng"))));
            PadesSigner.builder()
                    .key(seal)
                    .tsa(tsa)
                    .build()
                    .sign(
                            signed,
                            signed,
                            new PadesOptions(
                                    "UBND tỉnh Bắc Ninh",
                                    "Đóng dấu cơ quan",
                                    "Bắc Ninh",
                                    VisibleSignature.withImage(
                                            1, 290, 100, 110, 80, stamp, List.of("Con dấu cơ quan"))));
        }
        c.put("signedPdf", signed);
        ValidationReport r =
                SignatureValidator.builder().trustAnchor(s.rootCa()).build().validate(signed);
        c.detail("tệp / file: " + signed);
        return r.signatures().size() + " chữ ký / signatures: "
                + r.signatures().stream()
                        .map(x -> x.format() + " " + x.indication())
                        .toList();
    }

    static String send(DemoContext c) {
        EgovSandbox s = sandbox(c);
        Path pdf = c.get("signedPdf");
        EdocDocument doc = EdocDocument.builder()
                .from(new Organization(
                        EgovSandbox.AGENCY_A.organId(),
                        "UBND tỉnh Bắc Ninh",
                        EgovSandbox.AGENCY_A.name(),
                        "Số 10 Phù Đổng Thiên Vương, TP Bắc Ninh",
                        null,
                        null,
                        null,
                        null))
                .to(Organization.of(EgovSandbox.AGENCY_B.organId(), EgovSandbox.AGENCY_B.name()))
                .to(Organization.of(EgovSandbox.AGENCY_C.organId(), EgovSandbox.AGENCY_C.name()))
                .code("123", "UBND-VP")
                .promulgation("Bắc Ninh", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))
                .subject("V/v triển khai liên thông văn bản điện tử")
                .signerInfo(new SignerInfo("TL. CHỦ TỊCH", "Chánh Văn phòng", "Nguyễn Văn An"))
                .attachment(Attachment.ofFile("1", pdf))
                .build();
        Path edxml = c.output().resolve("cong-van-123-UBND-VP.edxml");
        // The envelope signature is informational (the axis may re-serialise it); the PDF carries the legal one.
        EdxmlWriter.standard()
                .withHeaderSignature(
                        s.signingKey("CN=UBND tỉnh Bắc Ninh (sandbox),O=UBND tỉnh Bắc Ninh (sandbox),C=VN"))
                .write(doc, edxml);
        EdocTracker tracker = c.put("tracker", new EdocTracker());
        tracker.sent(doc);
        c.put("documentId", doc.documentId());
        try (VxpClient a = s.axisClient(EgovSandbox.AGENCY_A)) {
            SendResult sent = a.sendDocument(edxml, EgovSandbox.AGENCY_A.organId());
            c.detail("edXML: " + edxml + " (sha256 " + sent.sha256().substring(0, 16) + "…)");
            return "DocId trục / axis DocId " + sent.docId() + " → "
                    + a.sentDeliveries(sent.docId()).size() + " nơi nhận / recipients";
        }
    }

    static String receiveAtB(DemoContext c) {
        EgovSandbox s = sandbox(c);
        Organization b = Organization.of(EgovSandbox.AGENCY_B.organId(), EgovSandbox.AGENCY_B.name());
        SignatureValidator validator =
                SignatureValidator.builder().trustAnchor(s.rootCa()).build();
        StringBuilder verdict = new StringBuilder();
        Path inbox = c.output().resolve("inbox-B");
        try (VxpClient client = s.axisClient(EgovSandbox.AGENCY_B)) {
            int handled = EdocReceiver.builder()
                    .client(client)
                    .stagingDirectory(c.output().resolve("staging-B"))
                    .sendArrivedStatusAs(b)
                    .handler((docId, message, file) -> {
                        Files.createDirectories(inbox);
                        EdocVerification envelope = EdxmlVerifier.of(validator).verify(file);
                        c.detail("phong bì edXML / envelope " + envelope.envelope() + ": "
                                + (envelope.envelopeValid()
                                        ? "HỢP LỆ / valid"
                                        : "không kiểm tra được sau khi qua trục / not verifiable after relay")
                                + " (chỉ mang tính thông tin / informational)");
                        for (ParsedAttachment a : message.attachments()) {
                            Path kept = Files.copy(
                                    a.contentFile().orElseThrow(),
                                    inbox.resolve(a.name()),
                                    StandardCopyOption.REPLACE_EXISTING);
                            ValidationReport r = validator.validate(kept);
                            for (SignatureReport sig : r.signatures()) {
                                c.detail("chữ ký / signature " + cn(sig.signer().subject()) + ": "
                                        + (sig.passed()
                                                ? "HỢP LỆ — chữ ký số đúng, chứng thư tin cậy, tài liệu không"
                                                        + " bị sửa đổi"
                                                : "KHÔNG HỢP LỆ — " + sig.subIndication()));
                            }
                            verdict.append(r.valid() ? "hợp lệ / valid" : "KHÔNG hợp lệ / NOT valid");
                        }
                        c.detail("vào sổ / recorded: " + message.subject() + " (" + message.codeNumber() + "/"
                                + message.codeNotation() + ")");
                    })
                    .build()
                    .pollOnce();
            if (handled != 1) {
                throw new IllegalStateException("B expected one document, handled " + handled);
            }
            StatusMessage accepted = StatusMessage.of(
                    b,
                    new ResponseFor(EgovSandbox.AGENCY_A.organId(), "123/UBND-VP", c.get("documentId"), null),
                    StatusCode.ACCEPTED,
                    LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).withNano(0));
            Path statusFile = c.output().resolve("status-03-B.edxml");
            EdxmlWriter.standard().write(accepted, statusFile);
            client.sendStatus(statusFile, b.organId());
        }
        if (!verdict.toString().startsWith("hợp lệ")) {
            throw new IllegalStateException("The signed letter did not verify at B: " + verdict);
        }
        return "chữ ký " + verdict + "; đã gửi trạng thái / sent statuses 01, 03";
    }

    static String trackAtA(DemoContext c) {
        EgovSandbox s = sandbox(c);
        EdocTracker tracker = c.get("tracker");
        try (VxpClient a = s.axisClient(EgovSandbox.AGENCY_A)) {
            EdocReceiver.builder()
                    .client(a)
                    .messageType(MessageType.STATUS)
                    .stagingDirectory(c.output().resolve("staging-A"))
                    .handler((docId, status, file) -> tracker.onStatus(status))
                    .build()
                    .pollOnce();
        }
        Map<String, EdocTracker.RecipientStatus> latest = tracker.latest(c.get("documentId"));
        latest.values()
                .forEach(st -> c.detail(st.organId() + ": " + st.statusCode() + " "
                        + StatusCode.fromCode(st.statusCode())
                                .map(StatusCode::vietnamese)
                                .orElse("")));
        EdocTracker.RecipientStatus fromB = latest.get(EgovSandbox.AGENCY_B.organId());
        if (fromB == null || !"03".equals(fromB.statusCode())) {
            throw new IllegalStateException("A did not see B's status 03: " + latest);
        }
        return "B: 03 Đã tiếp nhận / accepted; C: "
                + (latest.containsKey(EgovSandbox.AGENCY_C.organId())
                        ? latest.get(EgovSandbox.AGENCY_C.organId()).statusCode()
                        : "chưa phản hồi / no status yet");
    }
}
