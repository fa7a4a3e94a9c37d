package io.github.egovsdk.core.gateway;

import io.github.egovsdk.core.EgovClientException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each service (operation) lives below a gateway's base URL — the per-province path map (configuration).
 * Explicit entries win; any other service goes to {@code template} with {@code {service}} replaced by its name.
 * Immutable and thread-safe.
 *
 * <p>Presets hold the schemes the public record shows; where only a scheme (not each path) is known, the template is
 * that scheme and specific paths are added with {@link #with(String, String)}.
 */
public final class GatewayPaths {
    private static final String SERVICE = "{service}";
    private final URI defaultBase;
    private final String template;
    private final Map<String, String> paths;

    private GatewayPaths(URI defaultBase, String template, Map<String, String> paths) {
        this.defaultBase = defaultBase;
        this.template = Objects.requireNonNull(template, "template");
        this.paths = Map.copyOf(paths);
    }

    /** Every service at a path equal to its name, e.g. {@code XacThucThongTinCongDan}. */
    public static GatewayPaths byServiceName() {
        return new GatewayPaths(null, SERVICE, Map.of());
    }

    /** A template such as {@code api/{service}}, relative to the base URL. */
    public static GatewayPaths template(String template) {
        if (template == null || template.startsWith("/")) {
            throw new EgovClientException("Path template must be relative (no leading /): " + template);
        }
        return new GatewayPaths(null, template, Map.of());
    }

    /**
     * OpenCPS QLCD (Hậu Giang): each operation's path is the value of the configuration key named after it, the
     * token path that of key {@code getToken}; pass the province's configuration map.
     */
    public static GatewayPaths configKeys(Map<String, String> configuration) {
        return new GatewayPaths(null, SERVICE, configuration);
    }

    /** OpenCPS REST facade: every population call to {@code o/rest/v2/qldc} (JSON in, JSON out). */
    public static GatewayPaths openCpsRest() {
        return new GatewayPaths(null, "o/rest/v2/qldc", Map.of());
    }

    /** HCM ESB: {@code https://hcmesb.tphcm.gov.vn/<OperationName>}. */
    public static GatewayPaths hcmEsb() {
        return new GatewayPaths(URI.create("https://hcmesb.tphcm.gov.vn/"), SERVICE, Map.of());
    }

    /** Thanh Hóa DVC adapter: {@code https://apidvc.thanhhoa.gov.vn/KetNoiMotCuaQuocGia/<operation>}. */
    public static GatewayPaths thanhHoaDvc() {
        return new GatewayPaths(
                URI.create("https://apidvc.thanhhoa.gov.vn/"), "KetNoiMotCuaQuocGia/" + SERVICE, Map.of());
    }

    /** Quảng Bình NGSP: {@code https://api.quangbinh.gov.vn/dmdc/Metadata/<system>} with a bearer token. */
    public static GatewayPaths quangBinhNgsp() {
        return new GatewayPaths(URI.create("https://api.quangbinh.gov.vn/"), "dmdc/Metadata/" + SERVICE, Map.of());
    }

    /** Đồng Tháp: the token at {@code http://api.dongthap.gov.vn/api/v1/Authentication/Token} (key {@code getToken}). */
    public static GatewayPaths dongThap() {
        return new GatewayPaths(
                URI.create("http://api.dongthap.gov.vn/"), SERVICE, Map.of("getToken", "api/v1/Authentication/Token"));
    }

    /** The NDXP mock of Công văn 761/VPCP-KSTT: one SOAP servlet {@code ws/} for every operation. */
    public static GatewayPaths ndxpSoapServlet() {
        return new GatewayPaths(null, "ws/", Map.of());
    }

    /** A copy with one service's path set (relative to the base URL). */
    public GatewayPaths with(String service, String path) {
        Map<String, String> m = new LinkedHashMap<>(paths);
        m.put(Objects.requireNonNull(service, "service"), Objects.requireNonNull(path, "path"));
        return new GatewayPaths(defaultBase, template, m);
    }

    /** The preset's own base URL (the known host), if it has one. */
    public Optional<URI> defaultBase() {
        return Optional.ofNullable(defaultBase);
    }

    /** The path of {@code service}, relative to the base URL. */
    public String pathOf(String service) {
        String p = paths.get(service);
        if (p == null) {
            p = template.replace(SERVICE, service);
        }
        return p.startsWith("/") ? p.substring(1) : p;
    }

    @Override
    public String toString() {
        return "GatewayPaths[" + (defaultBase == null ? "" : defaultBase + " ") + template + ", " + paths.keySet()
                + "]";
    }
}
