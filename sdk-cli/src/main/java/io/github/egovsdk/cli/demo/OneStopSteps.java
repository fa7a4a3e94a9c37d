package io.github.egovsdk.cli.demo;

import com.sun.net.httpserver.HttpServer;
import io.github.egovsdk.core.calendar.DueDate;
import io.github.egovsdk.dvc.dossier.AppointmentDates;
import io.github.egovsdk.dvc.dossier.DossierCodeGenerator;
import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.vneid.card.CardQr;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demo step: the one-stop office (bộ phận một cửa) receives the citizen's dossier — code, appointment date across
 * Tết 2026, portal sync, fee through the payment platform with the callback MAC checked, status 10 synced. sdk-dvc
 * is not in this build: the wire shapes are spoken through the core HTTP pipeline, and the step says so.
 */
final class OneStopSteps {
    static final String PARTIAL = "MỘT PHẦN / PARTIAL: mã hồ sơ, ngày hẹn, vòng đời trạng thái và MaXacThuc dùng sdk-dvc;"
            + " client cổng DVCQG và thanh toán của sdk-dvc chưa có nên đồng bộ và thanh toán gọi sandbox bằng HttpPipeline"
            + " của sdk-core / dossier code, due date, status lifecycle and MaXacThuc use sdk-dvc; its portal and payment"
            + " clients are not in this build, so sync and payment calls use sdk-core's HttpPipeline";
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private OneStopSteps() {
    }

    static String receiveDossier(DemoContext c) throws Exception {
        EgovSandbox s = AxisSteps.sandbox(c);
        SandboxCitizen citizen = c.get("citizen");
        c.detail(PARTIAL);
        // At the counter the citizen's card QR is read (sdk-vneid) and must be the person who logged in.
        CardQr card = CardQr.parse(citizen.personalId() + "||" + citizen.fullName() + "|"
                + citizen.dateOfBirth().format(DateTimeFormatter.ofPattern("ddMMyyyy")) + "|"
                + (citizen.gender() == 1 ? "Nam" : "Nữ") + "|" + citizen.address() + "|15082021");
        if (!card.valid() || !citizen.personalId().equals(card.personalId())) {
            throw new IllegalStateException("The card QR does not match the logged-in citizen: " + card.errors());
        }
        c.detail("QR thẻ CCCD / card QR (sdk-vneid): khớp công dân đã đăng nhập / matches the logged-in citizen");
        LocalDateTime received = LocalDateTime.of(2026, 2, 13, 16, 0);
        // The office's clock says the dossier arrived before Tết; codes and due dates come from sdk-dvc.
        DossierCodeGenerator codes = new DossierCodeGenerator(DossierCodeGenerator.CounterStore.inMemory(),
                Clock.fixed(received.atZone(VN).toInstant(), VN));
        String code = codes.next(EgovSandbox.AGENCY_A.organId()).value();
        DueDate due = AppointmentDates.vietnam().dueInWorkingDays(received, 3, List.of());
        DossierStatus status = DossierStatus.REGISTERED.moveTo(DossierStatus.ACCEPTED);
        c.detail("mã hồ sơ / dossier code: " + code);
        due.skipped().forEach(h -> c.detail("bỏ qua / skipped " + h.date() + " — " + h.reasonVi()));
        c.detail("nhận / received 2026-02-13T16:00 → hẹn trả / due " + due.due() + " (3 ngày làm việc / working days)");

        try (SandboxCalls calls = new SandboxCalls(s.baseUri())) {
            String dst = EgovSandbox.AGENCY_A.organId();
            JsonNode login = calls.postJson(s.portalEndpoint().resolve("login"), SandboxCalls.object()
                    .put("username", EgovSandbox.PORTAL_USERNAME).put("password", EgovSandbox.PORTAL_PASSWORD),
                    "dstcode", dst);
            String session = login.path("session").asString();
            ObjectNode dossier = SandboxCalls.object().put("MaHoSo", code).put("MaTTHC", "1.001234")
                    .put("TenTTHC", "Cấp bản sao trích lục hộ tịch (sandbox)").put("KenhThucHien", "2")
                    .put("ChuHoSo", citizen.fullName()).put("LoaiDoiTuong", "1").put("MaDoiTuong", citizen.techId())
                    .put("NgayTiepNhan", received.format(WIRE)).put("NgayHenTra", due.due().format(WIRE))
                    .put("TrangThaiHoSo", String.valueOf(status.code())).put("TaiKhoanDuocXacThucVoiVNeID", "1");
            sync(calls, s, session, dst, dossier, false);
            c.detail("cổng DVCQG / portal: đã đồng bộ, trạng thái 2 (Được tiếp nhận) / synced, status 2 (accepted)");

            JsonNode callback = pay(c, calls, s, code);
            c.detail("thanh toán / payment: " + callback.path("SoTien").asLong() + " VND, mã GD / transaction "
                    + callback.path("MaGiaoDich").asString() + ", MaXacThuc đúng / callback MAC verified");

            status = status.moveTo(DossierStatus.PROCESSING).moveTo(DossierStatus.PROCESSED)
                    .moveTo(DossierStatus.RESULT_RETURNED);   // an illegal jump would throw here, before any sync
            c.detail("trạng thái / status 2 → 4 → 9 → " + status.code() + " (" + status.vietnamese() + ")");
            dossier.put("TrangThaiHoSo", String.valueOf(status.code())).put("NgayTra", due.due().format(WIRE))
                    .put("DuocThanhToanTrucTuyen", "1");
            sync(calls, s, session, dst, dossier, true);
            JsonNode found = calls.postJson(s.portalEndpoint().resolve("api"), SandboxCalls.object()
                    .put("session", session).put("madonvi", dst).put("service", "TraCuuHoSo").put("mahoso", code),
                    "dstcode", dst);
            String onPortal = found.path("result").path(0).path("TrangThaiHoSo").asString("?");
            if (!String.valueOf(status.code()).equals(onPortal)) {
                throw new IllegalStateException("The portal shows status " + onPortal + " instead of " + status.code());
            }
            Path record = c.output().resolve("ho-so-" + code.replace('.', '_') + ".json");
            Files.writeString(record, SandboxCalls.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(found.path("result").path(0)).replace(citizen.fullName(), "***"));
            c.detail("tệp / file: " + record);
            c.put("dossierCode", code);
            return "hồ sơ " + code + ": hẹn trả / due " + due.due() + ", đã thu phí / fee paid, trạng thái 10 (Đã trả"
                    + " kết quả) đã đồng bộ / status 10 synced — " + PARTIAL.substring(0, PARTIAL.indexOf(':'));
        }
    }

    private static void sync(SandboxCalls calls, EgovSandbox s, String session, String dst, ObjectNode dossier,
            boolean updating) {
        ObjectNode body = SandboxCalls.object().put("session", session).put("madonvi", dst)
                .put("service", "DongBoHoSoMC").put("isUpdating", updating ? "True" : "False");
        body.putArray("data").add(dossier);
        JsonNode r = calls.postJson(s.portalEndpoint().resolve("api"), body, "dstcode", dst);
        if (r.path("error_code").asInt(-1) != 0) {
            throw new IllegalStateException("Portal sync refused: " + r.path("message").asString());
        }
    }

    private static JsonNode pay(DemoContext c, SandboxCalls calls, EgovSandbox s, String code) throws Exception {
        BlockingQueue<String> callbacks = new ArrayBlockingQueue<>(4);
        HttpServer office = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        office.createContext("/motcua/thanh-toan/callback", ex -> {
            callbacks.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"MaLoi\":\"00\",\"MoTaLoi\":\"Thanh cong\"}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        office.start();
        try {
            s.paymentCallback(URI.create("http://127.0.0.1:" + office.getAddress().getPort()
                    + "/motcua/thanh-toan/callback"));
            String time = io.github.egovsdk.dvc.payment.PaymentMac.timestamp(java.time.Instant.now());
            ObjectNode init = SandboxCalls.object().put("LoaiBanTin", "INIT").put("PhienBan", "1.0.6")
                    .put("MaDoiTac", EgovSandbox.PAYMENT_PARTNER)
                    .put("MaThamChieu", "dvc" + code.replaceAll("\\W", "") + time).put("SoTien", "8000")
                    .put("LoaiHinhThanhToan", "PAY").put("MaKenhThanhToan", "1").put("MaThietBi", "1")
                    .put("NgonNgu", "vi-VN").put("MaTienTe", "VND").put("MaNganHang", "PAYMENT")
                    .put("ThongTinGiaoDich", "THANH TOAN HO SO " + code).put("ThoiGianGD", time).put("Ip", "127.0.0.1");
            init.put("MaXacThuc", PaymentMac.of(init, PaymentMac.INIT, EgovSandbox.PAYMENT_SECRET));
            JsonNode r = calls.postJson(s.paymentEndpoint().resolve("init"), init);
            if (!"0".equals(r.path("error_code").asString())) {
                throw new IllegalStateException("Payment INIT refused: " + r.path("message").asString());
            }
            String url = SandboxCalls.JSON.readTree(r.path("message").asString()).path("UrlThanhToan").asString();
            c.detail("URL thanh toán / payment URL: " + url);
            calls.get(URI.create(url + "?result=success")); // the citizen pays on the platform's page
            String raw = callbacks.poll(10, TimeUnit.SECONDS);
            if (raw == null) {
                throw new IllegalStateException("No payment callback arrived within 10 s");
            }
            JsonNode callback = SandboxCalls.JSON.readTree(raw);
            if (!PaymentMac.verify(callback, PaymentMac.CALLBACK, EgovSandbox.PAYMENT_SECRET)) {
                throw new IllegalStateException("The payment callback's MaXacThuc does not verify");
            }
            if (!"00".equals(callback.path("MaLoi").asString())) {
                throw new IllegalStateException("The payment failed: MaLoi " + callback.path("MaLoi").asString());
            }
            return callback;
        } finally {
            office.stop(0);
        }
    }
}
