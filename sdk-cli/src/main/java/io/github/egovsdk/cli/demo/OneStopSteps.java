package io.github.egovsdk.cli.demo;

import com.sun.net.httpserver.HttpServer;
import io.github.egovsdk.core.calendar.DueDate;
import io.github.egovsdk.dvc.dossier.Applicant;
import io.github.egovsdk.dvc.dossier.AppointmentDates;
import io.github.egovsdk.dvc.dossier.Channel;
import io.github.egovsdk.dvc.dossier.Dossier;
import io.github.egovsdk.dvc.dossier.DossierCodeGenerator;
import io.github.egovsdk.dvc.dossier.DossierFee;
import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.dvc.dossier.FeeCollection;
import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.payment.PaymentInit;
import io.github.egovsdk.dvc.payment.PaymentOrder;
import io.github.egovsdk.dvc.payment.PaymentResult;
import io.github.egovsdk.dvc.payment.ReceiptFee;
import io.github.egovsdk.dvc.payment.ReceiptInfo;
import io.github.egovsdk.dvc.payment.VndAmount;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.dvc.portal.PortalDossier;
import io.github.egovsdk.dvc.portal.ProgressUpdate;
import io.github.egovsdk.dvc.portal.SyncOutcome;
import io.github.egovsdk.dvc.procedure.Procedure;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.thirdparty.jackson.databind.json.JsonMapper;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import io.github.egovsdk.vneid.card.CardQr;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Demo step: the one-stop office (bộ phận một cửa) receives the citizen's dossier with sdk-dvc — procedure and fee
 * from the portal's catalogue ({@code LayThuTuc}), the applicant's TechID ({@code TraCuuTechID}), dossier code and
 * appointment date across Tết 2026, portal sync ({@link PortalClient}), the fee through the payment platform
 * ({@link PaymentClient}: INIT, payer, callback verified, QUERY, e-receipt), then status 2 → 4 → 9 → 10 synced with
 * its progress.
 */
final class OneStopSteps {
    /** Writes the office's record of the dossier (output file of the demo). */
    private static final JsonMapper RECORD_JSON = JsonMapper.builder().build();

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PROCEDURE = "1.001234";
    private static final String OFFICER = "Cán bộ một cửa (sandbox)";

    private OneStopSteps() {}

    static String receiveDossier(DemoContext c) throws Exception {
        EgovSandbox s = AxisSteps.sandbox(c);
        SandboxCitizen citizen = c.get("citizen");
        // At the counter the citizen's card QR is read (sdk-vneid) and must be the person who logged in.
        CardQr card = CardQr.parse(citizen.personalId() + "||" + citizen.fullName() + "|"
                + citizen.dateOfBirth().format(DateTimeFormatter.ofPattern("ddMMyyyy")) + "|"
                + (citizen.gender() == 1 ? "Nam" : "Nữ") + "|" + citizen.address() + "|15082021");
        if (!card.valid() || !citizen.personalId().equals(card.personalId())) {
            throw new IllegalStateException("The card QR does not match the logged-in citizen: " + card.errors());
        }
        c.detail("QR thẻ CCCD / card QR (sdk-vneid): khớp công dân đã đăng nhập / matches the logged-in citizen");
        String agency = EgovSandbox.AGENCY_A.organId();
        LocalDateTime received = LocalDateTime.of(2026, 2, 13, 16, 0);
        try (PortalClient portal = PortalClient.builder()
                        .endpoint(s.portalEndpoint())
                        .login(EgovSandbox.PORTAL_USERNAME, EgovSandbox.PORTAL_PASSWORD)
                        .dstCode(agency)
                        .agencyCode(agency)
                        .build();
                PaymentClient payments = PaymentClient.builder()
                        .endpoint(s.paymentEndpoint())
                        .partnerCode(EgovSandbox.PAYMENT_PARTNER)
                        .secret(EgovSandbox.PAYMENT_SECRET)
                        .serverIp("127.0.0.1")
                        .build()) {
            Procedure procedure = portal.procedure(PROCEDURE)
                    .orElseThrow(() -> new IllegalStateException("The portal does not know procedure " + PROCEDURE));
            long fee = procedure.totalFeesVnd();
            c.detail("thủ tục / procedure (LayThuTuc): " + procedure.code().raw() + " " + procedure.name() + " — "
                    + procedure.processingTime().amount() + " ngày làm việc / working days, lệ phí / fee " + fee
                    + " VND");
            String techId = portal.techId(citizen.personalId())
                    .orElseThrow(() -> new IllegalStateException("The citizen has no DVCQG account (TraCuuTechID)"));
            c.detail("TechID (TraCuuTechID): " + techId + " → MaDoiTuong");

            // The office's clock says the dossier arrived before Tết; codes and due dates come from sdk-dvc.
            DossierCodeGenerator codes = new DossierCodeGenerator(
                    DossierCodeGenerator.CounterStore.inMemory(),
                    Clock.fixed(received.atZone(VN).toInstant(), VN));
            String code = codes.next(agency).value();
            DueDate due = procedure.processingTime().dueDate(AppointmentDates.vietnam(), received, List.of());
            c.detail("mã hồ sơ / dossier code: " + code);
            due.skipped().forEach(h -> c.detail("bỏ qua / skipped " + h.date() + " — " + h.reasonVi()));
            c.detail("nhận / received 2026-02-13T16:00 → hẹn trả / due " + due.due() + " ("
                    + procedure.processingTime().amount() + " ngày làm việc / working days)");

            Dossier dossier = Dossier.builder()
                    .code(code)
                    .procedure(procedure.code(), procedure.name())
                    .sector(procedure.sector().code(), procedure.sector().name())
                    .channel(Channel.ONLINE)
                    .applicant(Applicant.citizen(citizen.fullName(), citizen.personalId())
                            .withTechId(techId))
                    .summary("Cấp bản sao trích lục khai sinh (sandbox)")
                    .receivedAt(received)
                    .submittedAt(received)
                    .dueAt(due.due())
                    .status(DossierStatus.REGISTERED.moveTo(DossierStatus.ACCEPTED))
                    .addFee(new DossierFee(
                            "Lệ phí cấp bản sao trích lục hộ tịch",
                            "LP-" + PROCEDURE,
                            FeeCollection.BEFORE,
                            fee,
                            "Lệ phí"))
                    .handlingUnit(EgovSandbox.AGENCY_A.name())
                    .vneidVerified(true)
                    .build();
            SyncOutcome created = portal.sync(dossier);
            portal.updateProgress(step(dossier, "Tiếp nhận hồ sơ trực tuyến, đã kiểm tra QR thẻ CCCD", received));
            c.detail("cổng DVCQG / portal (DongBoHoSoMC): " + created + ", trạng thái 2 (Được tiếp nhận) / status 2"
                    + " (accepted)");

            PaymentResult paid = pay(c, s, payments, order(dossier, procedure, fee));
            dossier = dossier.toBuilder().paidOnline(true).build();

            for (DossierStatus next :
                    List.of(DossierStatus.PROCESSING, DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED)) {
                Dossier.Builder b = dossier.toBuilder().status(dossier.status().moveTo(next)); // illegal jumps throw
                LocalDateTime t = next == DossierStatus.PROCESSING
                        ? received.plusMinutes(20)
                        : next == DossierStatus.PROCESSED ? due.due().minusHours(2) : due.due();
                if (next == DossierStatus.PROCESSED) {
                    b.processingEndedAt(t);
                }
                if (next == DossierStatus.RESULT_RETURNED) {
                    b.returnedAt(t).returnInfo("Trả kết quả trực tuyến (sandbox)");
                }
                dossier = b.build();
                portal.sync(dossier);
                portal.updateProgress(step(dossier, next.vietnamese(), t));
            }
            c.detail("trạng thái / status 2 → 4 → 9 → " + dossier.status().code() + " ("
                    + dossier.status().vietnamese()
                    + "), mỗi bước đồng bộ kèm tiến độ / each step synced with its progress");

            PortalDossier onPortal = portal.lookup(code)
                    .orElseThrow(() -> new IllegalStateException("The portal does not find dossier " + code));
            if (onPortal.dossier().status() != DossierStatus.RESULT_RETURNED
                    || onPortal.progress().size() != 4) {
                throw new IllegalStateException(
                        "The portal shows status " + onPortal.dossier().status() + " with "
                                + onPortal.progress().size() + " steps instead of 10 with 4");
            }
            c.detail("tra cứu / lookup (TraCuuHoSo): trạng thái 10, "
                    + onPortal.progress().size() + " bước tiến độ / progress steps");
            Path record = c.output().resolve("ho-so-" + code.replace('.', '_') + ".json");
            Files.writeString(
                    record, RECORD_JSON.writerWithDefaultPrettyPrinter().writeValueAsString(record(onPortal, paid)));
            c.detail("tệp / file: " + record);
            c.put("dossierCode", code);
            return "hồ sơ " + code + ": hẹn trả / due " + due.due() + ", đã thu phí / fee paid " + paid.amountVnd()
                    + " VND, trạng thái 10 (Đã trả kết quả) đã đồng bộ / status 10 synced";
        }
    }

    private static ProgressUpdate step(Dossier d, String content, LocalDateTime at) {
        return new ProgressUpdate(
                d.code(), OFFICER, "Chuyên viên", at, "Bộ phận một cửa", content, d.status(), at, d.dueAt());
    }

    private static PaymentOrder order(Dossier d, Procedure p, long fee) {
        ReceiptInfo receipt = new ReceiptInfo(
                p.code().paymentServiceCode(),
                p.name(),
                p.code().raw(),
                p.name(),
                EgovSandbox.AGENCY_A.organId(),
                EgovSandbox.AGENCY_A.name(),
                d.code(),
                d.applicant().name(),
                d.applicant().documentNo(),
                null,
                "THANH TOAN HO SO " + d.code(),
                List.of(new ReceiptFee("2", "LP-" + p.code().raw(), "Lệ phí cấp bản sao trích lục", VndAmount.of(fee))),
                Map.of());
        return new PaymentOrder(d.code(), VndAmount.of(fee), null, receipt);
    }

    /** INIT, the citizen pays on the platform's page, the office's callback endpoint verifies, QUERY, e-receipt. */
    private static PaymentResult pay(DemoContext c, EgovSandbox s, PaymentClient payments, PaymentOrder order)
            throws Exception {
        BlockingQueue<Object> verified = new ArrayBlockingQueue<>(4);
        HttpServer office = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        office.createContext("/motcua/thanh-toan/callback", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String answer;
            try {
                verified.add(payments.verifyCallback(body)); // nothing is trusted before the MAC verifies
                answer = "{\"MaLoi\":\"00\",\"MoTaLoi\":\"Thanh cong\"}";
            } catch (RuntimeException e) {
                verified.add(e);
                answer = "{\"MaLoi\":\"97\",\"MoTaLoi\":\"Sai ma xac thuc\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        office.start();
        try {
            s.paymentCallback(
                    URI.create("http://127.0.0.1:" + office.getAddress().getPort() + "/motcua/thanh-toan/callback"));
            PaymentInit init = payments.init(order);
            c.detail("URL thanh toán / payment URL (INIT): " + init.paymentUrl());
            // The citizen's browser on the platform's page: they pay.
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(init.paymentUrl() + "?result=success"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            Object got = verified.poll(10, TimeUnit.SECONDS);
            if (got == null) {
                throw new IllegalStateException("No payment callback arrived within 10 s");
            }
            if (got instanceof RuntimeException e) {
                throw e;
            }
            PaymentResult callback = (PaymentResult) got;
            if (!callback.isSuccessful()
                    || !init.reference().equals(callback.reference())
                    || callback.amountVnd() != order.amount().value()) {
                throw new IllegalStateException(
                        "The payment callback does not confirm this order: MaLoi " + callback.resultCode());
            }
            c.detail("thanh toán / payment: " + callback.amountVnd() + " VND, mã GD / transaction "
                    + callback.transactionId() + ", MaXacThuc đúng / callback MAC verified");
            PaymentResult status = payments.query(init.reference());
            if (!status.isSuccessful()) {
                throw new IllegalStateException("QUERY does not confirm the payment: MaLoi " + status.resultCode());
            }
            Path receipt = c.output().resolve("bien-lai-" + order.dossierCode().replace('.', '_') + ".pdf");
            Files.write(receipt, payments.receipt(init.reference()));
            c.detail("QUERY: đã thanh toán / paid; biên lai điện tử / e-receipt (GET_BILL): " + receipt);
            return callback;
        } finally {
            office.stop(0);
        }
    }

    /** What the office keeps of the portal's answer, with the applicant reduced to initials. */
    private static ObjectNode record(PortalDossier found, PaymentResult paid) {
        Dossier d = found.dossier();
        ObjectNode o = RECORD_JSON.createObjectNode();
        o.put("MaHoSo", d.code());
        o.put("MaTTHC", d.procedureCode());
        o.put("TenTTHC", d.procedureName());
        o.put("TrangThaiHoSo", String.valueOf(d.status().code()));
        o.put("ChuHoSo", initials(d.applicant().name()));
        o.put("MaDoiTuong", d.applicant().techId());
        o.put("NgayTiepNhan", String.valueOf(d.receivedAt()));
        o.put("NgayHenTra", String.valueOf(d.dueAt()));
        o.put("NgayTra", String.valueOf(d.returnedAt()));
        o.put("DuocThanhToanTrucTuyen", d.paidOnline());
        ArrayNode steps = o.putArray("TienDoXuLy");
        found.progress().forEach(p -> steps.addObject()
                .put("ThoiDiemXuLy", String.valueOf(p.at()))
                .put("NoiDungXuLy", p.content())
                .put(
                        "TrangThai",
                        p.status() == null ? null : String.valueOf(p.status().code())));
        o.putObject("ThanhToan")
                .put("MaThamChieu", paid.reference())
                .put("MaGiaoDich", paid.transactionId())
                .put("SoTien", paid.amountVnd());
        return o;
    }

    private static String initials(String name) {
        return name == null
                ? null
                : Arrays.stream(name.strip().split("\\s+"))
                        .map(w -> w.substring(0, 1) + ".")
                        .collect(Collectors.joining(" "));
    }
}
