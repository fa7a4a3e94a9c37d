package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sandbox results store of the national portal (kho số hóa, interconnected-services §2.1–2.2, Appendix B.5)
 * under {@code /khoso/}: {@code ketqua} lists an owner's results ({@code {errorCode:"0", message, signature,
 * result.DanhSachGiayToKetQua[]}}), filtered by {@code DanhSachDanhMucKetQua[].MaKetQua} when given; {@code tep}
 * answers a JSON string of the file's base64 (empty string when unknown). Every certificate the sandbox ministry
 * issues lands here under the owner's ID.
 */
public final class ResultsStoreTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-khoso";
    private final CivilState state;

    public ResultsStoreTransformer(CivilState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String url = event.getRequest().getUrl();
        JsonNode b = EgovJson.tryParse(event.getRequest().getBodyAsString());
        synchronized (state) {
            if (url.endsWith("/ketqua")) {
                ObjectNode o = Responses.object();
                String owner = b == null ? "" : b.path("SoDinhDanhChuSoHuu").asString("");
                if (!owner.matches("[0-9]{9}|[0-9]{12}")) {
                    o.put("errorCode", "1")
                            .put("message", "SoDinhDanhChuSoHuu không hợp lệ")
                            .putNull("signature");
                    o.putNull("result");
                    return Responses.json(200, o);
                }
                Set<String> wanted = new HashSet<>();
                b.path("DanhSachDanhMucKetQua")
                        .forEach(f -> wanted.add(f.path("MaKetQua").asString("")));
                wanted.remove("");
                o.put("errorCode", "0")
                        .put("message", "Thành công")
                        .put("signature", "sandbox-" + ServiceState.random(12));
                var list = o.putObject("result").putArray("DanhSachGiayToKetQua");
                for (ObjectNode d : state.results.getOrDefault(owner, List.of())) {
                    if (wanted.isEmpty() || wanted.contains(d.path("MaKetQua").asString())) {
                        list.add(d);
                    }
                }
                return Responses.json(200, o);
            }
            if (url.endsWith("/tep")) {
                String key = b == null
                        ? ""
                        : b.path("CoQuanChuQuan").asString("") + "|"
                                + b.path("DuongDan").asString("");
                byte[] file = state.files.get(key);
                String body = file == null ? "" : Base64.getEncoder().encodeToString(file);
                return new ResponseDefinitionBuilder()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody(EgovJson.write(body))
                        .build();
            }
        }
        return Responses.json(404, Responses.object().put("errorCode", "404").put("message", "Không có dịch vụ"));
    }
}
