package io.github.egovsdk.testkit;

import static io.github.egovsdk.testkit.SandboxHttp.get;
import static io.github.egovsdk.testkit.SandboxHttp.json;
import static io.github.egovsdk.testkit.SandboxHttp.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.testkit.internal.PaymentTransformer;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Portal, payment, SSO/VNeID and population DB of the sandbox, over real HTTP in the reference's shapes. */
@EgovSandboxTest
class SandboxServicesTest {
    private static final String DOSSIER = "{\"MaHoSo\":\"000.00.00.H27-261123-0001\",\"MaTTHC\":\"1.001234\","
            + "\"TenTTHC\":\"Cấp bản sao trích lục hộ tịch\",\"ChuHoSo\":\"Nguyễn Thử Nghiệm\","
            + "\"NgayTiepNhan\":\"20261123090000\",\"NgayHenTra\":\"%s\",\"TrangThaiHoSo\":\"%s\"}";

    private static String session(EgovSandbox s) throws Exception {
        return json(post(
                        s.portalEndpoint().resolve("login"),
                        "application/json",
                        "{\"username\":\"" + EgovSandbox.PORTAL_USERNAME + "\",\"password\":\""
                                + EgovSandbox.PORTAL_PASSWORD + "\"}",
                        "dstcode",
                        "000.00.00.H27"))
                .path("session")
                .asString();
    }

    private static JsonNode api(EgovSandbox s, String session, String service, String extra) throws Exception {
        return json(post(
                s.portalEndpoint().resolve("api"),
                "application/json",
                "{\"session\":\"" + session + "\",\"madonvi\":\"000.00.00.H27\",\"service\":\"" + service + "\"" + extra
                        + "}",
                "dstcode",
                "000.00.00.H27"));
    }

    @Test
    void portal_whenDossierSynced_isFoundByCode(EgovSandbox sandbox) throws Exception {
        String session = session(sandbox);
        JsonNode r = api(
                sandbox,
                session,
                "DongBoHoSoMC",
                ",\"isUpdating\":\"False\",\"data\":[" + DOSSIER.formatted("20261126170000", "4") + "]");
        assertThat(r.path("error_code").asInt()).as(r.toString()).isZero();

        JsonNode found = api(sandbox, session, "TraCuuHoSo", ",\"mahoso\":\"000.00.00.H27-261123-0001\"");
        assertThat(found.path("result").get(0).path("TrangThaiHoSo").asString()).isEqualTo("4");
        JsonNode again = api(
                sandbox,
                session,
                "DongBoHoSoMC",
                ",\"isUpdating\":\"False\",\"data\":[" + DOSSIER.formatted("20261126170000", "4") + "]");
        assertThat(again.path("error_code").asInt()).isEqualTo(3);
        assertThat(again.path("message").asString()).contains("đã tồn tại");
    }

    @Test
    void portal_whenProgressReported_isListedWithTheDossierAndUnknownCodesAreRefused(EgovSandbox sandbox)
            throws Exception {
        String session = session(sandbox);
        api(sandbox, session, "DongBoHoSoMC", ",\"data\":[" + DOSSIER.formatted("20261126170000", "4") + "]");
        String step = "{\"MaHoSo\":\"%s\",\"NguoiXuLy\":\"Cán bộ một cửa\",\"NoiDungXuLy\":\"Tiếp nhận\","
                + "\"ThoiDiemXuLy\":\"20261123090500\",\"TrangThai\":\"2\"}";
        JsonNode ok = api(
                sandbox,
                session,
                "CapNhatTienDoHoSoMC",
                ",\"data\":[" + step.formatted("000.00.00.H27-261123-0001") + "]");
        assertThat(ok.path("error_code").asInt()).as(ok.toString()).isZero();
        JsonNode found = api(sandbox, session, "TraCuuHoSo", ",\"mahoso\":\"000.00.00.H27-261123-0001\"");
        assertThat(found.path("result").get(0).path("TienDoXuLy")).hasSize(1);
        JsonNode unknown = api(
                sandbox,
                session,
                "CapNhatTienDoHoSoMC",
                ",\"data\":[" + step.formatted("000.00.00.H27-261123-9999") + "]");
        assertThat(unknown.path("error_code").asInt()).isEqualTo(-1);
    }

    @Test
    void portal_whenUpdatingAnUnknownCode_createsItAsAnUpsert(EgovSandbox sandbox) throws Exception {
        String session = session(sandbox);
        JsonNode r = api(
                sandbox,
                session,
                "DongBoHoSoMC",
                ",\"isUpdating\":\"True\",\"data\":[" + DOSSIER.formatted("20261126170000", "2") + "]");
        assertThat(r.path("error_code").asInt()).as(r.toString()).isZero();
        assertThat(r.path("message").asString()).contains("1 mới");
        JsonNode found = api(sandbox, session, "TraCuuHoSo", ",\"mahoso\":\"000.00.00.H27-261123-0001\"");
        assertThat(found.path("result")).hasSize(1);
    }

    @Test
    void portal_whenSessionsExpiredOverHttp_answers401UntilLoginAgain(EgovSandbox sandbox) throws Exception {
        String session = session(sandbox);
        assertThat(api(sandbox, session, "LayDanhMucLinhVuc", "").path("result"))
                .isNotEmpty();
        var expired = post(
                sandbox.portalEndpoint().resolve("__expire-sessions"),
                "application/json",
                "{}",
                "dstcode",
                "000.00.00.H27");
        assertThat(expired.statusCode()).isEqualTo(200);
        var refused = post(
                sandbox.portalEndpoint().resolve("api"),
                "application/json",
                "{\"session\":\"" + session + "\",\"service\":\"LayDanhMucLinhVuc\"}",
                "dstcode",
                "000.00.00.H27");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).path("error_code").asInt()).isEqualTo(401);
        assertThat(api(sandbox, session(sandbox), "LayDanhMucLinhVuc", "").path("result"))
                .isNotEmpty();
    }

    @Test
    void portal_whenCatalogueServicesCalled_answerInTheReferenceFieldNames(EgovSandbox sandbox) throws Exception {
        String session = session(sandbox);
        assertThat(api(sandbox, session, "LayDanhMucCoQuan", "")
                        .path("result")
                        .get(0)
                        .has("MADONVI"))
                .isTrue();
        assertThat(api(sandbox, session, "LayDanhMucLinhVuc", "")
                        .path("result")
                        .get(0)
                        .has("TENLINHVUC"))
                .isTrue();
        assertThat(api(sandbox, session, "LayDanhSachTTHC", "")
                        .path("result")
                        .get(0)
                        .has("MATTHC"))
                .isTrue();
        JsonNode p = api(sandbox, session, "LayThuTuc", ",\"maTTHC\":\"1.001234\"")
                .path("result")
                .get(0);
        assertThat(p.path("CACHTHUCTHUCHIEN")
                        .get(0)
                        .path("THOIGIAN")
                        .get(0)
                        .path("PHILEPHI")
                        .get(0)
                        .path("SOTIEN")
                        .asString())
                .isEqualTo("8000");
        assertThat(api(
                                sandbox,
                                session,
                                "TraCuuTechID",
                                ",\"mstorcmnd\":\"" + sandbox.citizens().get(0).personalId() + "\"")
                        .path("result")
                        .get(0)
                        .path("TechID")
                        .asString())
                .isEqualTo("TECH-SANDBOX-0001");
        assertThat(api(sandbox, session, "LayDanhSachHoiDap", "")
                        .path("message")
                        .asString())
                .contains("không được hỗ trợ");
    }

    @Test
    void portal_whenDossierInvalid_namesEachViolatedField(EgovSandbox sandbox) throws Exception {
        JsonNode r = api(
                sandbox, session(sandbox), "DongBoHoSoMC", ",\"data\":[" + DOSSIER.formatted("26/11/2026", "42") + "]");
        assertThat(r.path("error_code").asInt()).isEqualTo(-1);
        assertThat(r.path("message").asString()).contains("NgayHenTra", "yyyyMMddHHmmss", "TrangThaiHoSo");
    }

    @Test
    void portal_whenPasswordWrong_refusesLogin(EgovSandbox sandbox) throws Exception {
        assertThat(post(
                                sandbox.portalEndpoint().resolve("login"),
                                "application/json",
                                "{\"username\":\"sandbox-motcua\",\"password\":\"x\"}",
                                "dstcode",
                                "X")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void paymentMac_whenReferenceExample_matchesTheDocumentedHash() {
        ObjectNode init = EgovJson.mapper().createObjectNode();
        String[] v = {
            "INIT",
            "1.0.6",
            "DOITAC01",
            "dvcH5614250101000120250101140501",
            "150000",
            "PAY",
            "1",
            "1",
            "vi-VN",
            "VND",
            "PAYMENT",
            "THANH TOAN HO SO H56.14-250101-0001",
            "20250101140501",
            "10.0.0.5"
        };
        List<String> f = List.of(
                "LoaiBanTin",
                "PhienBan",
                "MaDoiTac",
                "MaThamChieu",
                "SoTien",
                "LoaiHinhThanhToan",
                "MaKenhThanhToan",
                "MaThietBi",
                "NgonNgu",
                "MaTienTe",
                "MaNganHang",
                "ThongTinGiaoDich",
                "ThoiGianGD",
                "Ip");
        for (int i = 0; i < v.length; i++) {
            init.put(f.get(i), v[i]);
        }
        assertThat(PaymentTransformer.mac(init, f, "test-secret"))
                .isEqualTo("73e41ab1b698dd3d28414c41d35b02802688839649c106e8fd74785a38a2fb55");
    }

    @Test
    void payment_whenPaid_postsCallbackWithAValidMac(EgovSandbox sandbox) throws Exception {
        BlockingQueue<String> callbacks = new ArrayBlockingQueue<>(1);
        HttpServer office = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        office.createContext("/cb", ex -> {
            callbacks.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        office.start();
        try {
            sandbox.paymentCallback(
                    URI.create("http://127.0.0.1:" + office.getAddress().getPort() + "/cb"));
            ObjectNode init = EgovJson.mapper().createObjectNode();
            List<String> f = List.of(
                    "LoaiBanTin",
                    "PhienBan",
                    "MaDoiTac",
                    "MaThamChieu",
                    "SoTien",
                    "LoaiHinhThanhToan",
                    "MaKenhThanhToan",
                    "MaThietBi",
                    "NgonNgu",
                    "MaTienTe",
                    "MaNganHang",
                    "ThongTinGiaoDich",
                    "ThoiGianGD",
                    "Ip");
            String[] v = {
                "INIT",
                "1.0.6",
                EgovSandbox.PAYMENT_PARTNER,
                "dvcTEST20261123140501",
                "50000",
                "PAY",
                "1",
                "1",
                "vi-VN",
                "VND",
                "PAYMENT",
                "THANH TOAN HO SO TEST",
                "20261123140501",
                "127.0.0.1"
            };
            for (int i = 0; i < v.length; i++) {
                init.put(f.get(i), v[i]);
            }
            init.put("MaXacThuc", "0".repeat(64));
            assertThat(json(post(sandbox.paymentEndpoint().resolve("init"), "application/json", init.toString()))
                            .path("error_code")
                            .asString())
                    .isEqualTo("97");
            init.put("MaXacThuc", PaymentTransformer.mac(init, f, EgovSandbox.PAYMENT_SECRET));
            JsonNode r = json(post(sandbox.paymentEndpoint().resolve("init"), "application/json", init.toString()));
            assertThat(r.path("error_code").asString()).as(r.toString()).isEqualTo("0");
            String url = EgovJson.mapper()
                    .readTree(r.path("message").asString())
                    .path("UrlThanhToan")
                    .asString();

            ObjectNode query = EgovJson.mapper()
                    .createObjectNode()
                    .put("LoaiBanTin", "QUERY")
                    .put("PhienBan", "1.0.6")
                    .put("MaDoiTac", EgovSandbox.PAYMENT_PARTNER)
                    .put("MaThamChieu", "dvcTEST20261123140501")
                    .put("ThoiGianGD", "20261123140600");
            query.put(
                    "MaXacThuc",
                    PaymentTransformer.mac(
                            query,
                            List.of("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD"),
                            EgovSandbox.PAYMENT_SECRET));
            assertThat(json(post(sandbox.paymentEndpoint().resolve("query"), "application/json", query.toString()))
                            .path("MaLoi")
                            .asString())
                    .as("not paid yet")
                    .isEqualTo("01");

            get(URI.create(url + "?result=success"));
            JsonNode cb = EgovJson.mapper().readTree(callbacks.poll(5, TimeUnit.SECONDS));
            assertThat(json(post(sandbox.paymentEndpoint().resolve("query"), "application/json", query.toString()))
                            .path("MaLoi")
                            .asString())
                    .isEqualTo("00");
            assertThat(cb.path("MaLoi").asString()).isEqualTo("00");
            assertThat(cb.path("MaXacThuc").asString())
                    .isEqualTo(PaymentTransformer.mac(
                            cb,
                            List.of(
                                    "LoaiBanTin",
                                    "MaLoi",
                                    "MaDoiTac",
                                    "MaThamChieu",
                                    "SoTien",
                                    "MaTienTe",
                                    "MaGiaoDich",
                                    "MaNganHang",
                                    "ThoiGianGD",
                                    "ThongTinGiaoDich"),
                            EgovSandbox.PAYMENT_SECRET));
        } finally {
            office.stop(0);
        }
    }

    @Test
    void sso_whenCitizenLogsIn_issuesAnIdTokenVerifiableWithJwksAndUserinfo(EgovSandbox sandbox) throws Exception {
        SandboxCitizen c = sandbox.citizens().get(0);
        String redirect = "http://127.0.0.1/callback";
        var auth = get(URI.create(sandbox.ssoIssuer() + "/oauth2/authorize?response_type=code&client_id="
                + EgovSandbox.SSO_CLIENT_ID + "&redirect_uri=" + redirect + "&scope=openid&state=xyz&login_hint="
                + c.personalId()));
        assertThat(auth.statusCode()).isEqualTo(302);
        String location = auth.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("state=xyz");
        String code = location.replaceAll(".*code=([^&]+).*", "$1");
        String form = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + redirect + "&client_id="
                + EgovSandbox.SSO_CLIENT_ID + "&client_secret=" + EgovSandbox.SSO_CLIENT_SECRET;
        JsonNode token = json(
                post(URI.create(sandbox.ssoIssuer() + "/oauth2/token"), "application/x-www-form-urlencoded", form));
        assertThat(post(URI.create(sandbox.ssoIssuer() + "/oauth2/token"), "application/x-www-form-urlencoded", form)
                        .statusCode())
                .as("a code works once")
                .isEqualTo(400);

        String[] jwt = token.path("id_token").asString().split("\\.");
        JsonNode key = json(get(URI.create(sandbox.ssoIssuer() + "/oauth2/jwks")))
                .path("keys")
                .get(0);
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initVerify(KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(
                        new BigInteger(
                                1, Base64.getUrlDecoder().decode(key.path("n").asString())),
                        new BigInteger(
                                1, Base64.getUrlDecoder().decode(key.path("e").asString())))));
        s.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(s.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();

        JsonNode user = json(get(
                URI.create(sandbox.ssoIssuer() + "/oauth2/userinfo"),
                "Authorization",
                "Bearer " + token.path("access_token").asString()));
        assertThat(user.path("SoDinhDanh").asString()).isEqualTo(c.personalId());
        assertThat(user.path("TechID").asString()).isEqualTo(c.techId());
    }

    @Test
    void population_whenNumberAndNameMatch_returnsTheRecord(EgovSandbox sandbox) throws Exception {
        SandboxCitizen c = sandbox.citizens().get(1);
        String req = "{\"HoVaTen\":\"TRANTHITHUNGHIEM\",\"SoDinhDanh\":\"" + c.personalId()
                + "\",\"MaTichHop\":\"037\",\"MaCanBo\":\"CB01\",\"MaYeuCau\":\"r1\"}";
        JsonNode r = json(post(sandbox.populationEndpoint().resolve("ChiaSeThongTinCongDan"), "application/json", req));
        assertThat(r.path("message").asString()).contains("SoCongDan=\"1\"", "<Ten>Nghiệm</Ten>");
        JsonNode no = json(post(
                sandbox.populationEndpoint().resolve("XacThucThongTinCongDan"),
                "application/json",
                req.replace("TRANTHI", "LEVAN")));
        assertThat(no.path("TonTai").asBoolean()).isFalse();
    }
}
