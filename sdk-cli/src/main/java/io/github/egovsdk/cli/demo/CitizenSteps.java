package io.github.egovsdk.cli.demo;

import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Demo step: a citizen logs in through the sandbox VNeID (level 2) and their number is checked against the sandbox
 * population DB. sdk-vneid's login and population-DB clients are not in this build, so the step speaks the
 * reference's wire shapes through the core HTTP pipeline and says so.
 */
final class CitizenSteps {
    static final String PARTIAL = "MỘT PHẦN / PARTIAL: sdk-vneid chưa có client đăng nhập VNeID và CSDL dân cư trong"
            + " bản này — gọi dịch vụ sandbox bằng HttpPipeline của sdk-core / sdk-vneid's VNeID-login and"
            + " population-DB clients are not in this build: the sandbox is called with sdk-core's HttpPipeline";

    private CitizenSteps() {
    }

    static String login(DemoContext c) throws Exception {
        EgovSandbox s = AxisSteps.sandbox(c);
        SandboxCitizen citizen = s.citizens().get(0);
        c.detail(PARTIAL);
        String redirect = "http://127.0.0.1/motcua/vneid/callback";
        String state = UUID.randomUUID().toString();
        // The citizen's browser: authorize → (sandbox login) → redirect back with the code.
        URI authorize = URI.create(s.vneidEndpoint() + "auth?response_type=code&client_id="
                + SandboxCalls.enc(EgovSandbox.VNEID_CLIENT_ID) + "&redirect_uri=" + SandboxCalls.enc(redirect)
                + "&scope=openid&state=" + state + "&login_hint=" + citizen.personalId());
        HttpResponse<Void> browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(java.net.http.HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.discarding());
        String location = browser.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "VNeID did not redirect back (HTTP " + browser.statusCode() + ")"));
        Map<String, String> back = query(location);
        if (!state.equals(back.get("state"))) {
            throw new IllegalStateException("The state returned by VNeID does not match the session's");
        }
        try (SandboxCalls calls = new SandboxCalls(s.baseUri())) {
            JsonNode token = calls.postForm(s.vneidEndpoint().resolve("token"), Map.of("grant_type",
                    "authorization_code", "code", back.get("code"), "redirect_uri", redirect, "client_id",
                    EgovSandbox.VNEID_CLIENT_ID, "client_secret", EgovSandbox.VNEID_CLIENT_SECRET));
            JsonNode user = calls.get(s.vneidEndpoint().resolve("userinfo"), "Authorization", "Bearer "
                    + token.path("access_token").asString());
            int level = user.path("accountLevel").asInt();
            String pid = user.path("citizenPid").asString();
            if (level < 2) {
                throw new IllegalStateException("VNeID account level " + level + " is below the required level 2");
            }
            PersonalIdNumber id = PersonalIdNumber.of(pid);
            c.detail("VNeID: tài khoản mức " + level + " / account level " + level + "; số định danh / ID " + id);
            JsonNode record = calls.postJson(s.populationEndpoint().resolve("ChiaSeThongTinCongDan"),
                    SandboxCalls.object().put("HoVaTen", nameKey(user.path("fullName").asString()))
                            .put("SoDinhDanh", pid).put("SoCMND", "").put("MaTichHop", "037")
                            .put("MaDVC", "DEMO").put("MaCanBo", "MOTCUA-01").put("MaYeuCau", UUID.randomUUID()
                                    .toString()));
            String soap = record.path("message").asString("");
            if (record.path("error_code").asInt(-1) != 0 || !soap.contains("SoCongDan=\"1\"")) {
                throw new IllegalStateException("The population DB did not confirm the citizen");
            }
            c.detail("CSDL dân cư / population DB: khớp 1 công dân / 1 citizen matched (" + Redactor.maskPersonalId(pid)
                    + ")");
            c.put("citizen", citizen);
            c.put("citizenId", id);
            return "đăng nhập VNeID mức 2, đã xác thực với CSDL dân cư / VNeID level-2 login, verified against the"
                    + " population DB — " + PARTIAL.substring(0, PARTIAL.indexOf(':'));
        }
    }

    static String nameKey(String name) {
        String n = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return n.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> out = new java.util.HashMap<>();
        int q = url.indexOf('?');
        for (String pair : (q < 0 ? "" : url.substring(q + 1)).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
