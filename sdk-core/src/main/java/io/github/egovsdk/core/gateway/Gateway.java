package io.github.egovsdk.core.gateway;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.config.ClientBuilderBase;
import java.net.URI;
import java.util.Objects;

/**
 * An integration platform a client is routed through — a province's LGSP (nền tảng tích hợp, chia sẻ dữ liệu cấp
 * tỉnh) or the national NDXP: its base URL, its path map ({@link GatewayPaths}) and its authentication
 * ({@link GatewayAuth}, a {@link RequestSigner}). Replies are unwrapped with {@link GatewayReplies}; gateway error
 * codes become {@link io.github.egovsdk.core.EgovServiceException#serviceErrorCode()}.
 *
 * <pre>{@code
 * Gateway lgsp = Gateway.builder().baseUri("https://lgsp.haugiang.gov.vn/")
 *         .paths(GatewayPaths.configKeys(Map.of("getToken", "token", "TraCuuThongTinCongDan", "qldc/tracuu")))
 *         .credentials(GatewayAuth.builder().lgspAccessToken(tokenUri, keys)).build();
 * PopulationDbClient csdl = lgsp.route(PopulationDbClient.builder(), "TraCuuThongTinCongDan")...build();
 * }</pre>
 * Immutable and thread-safe.
 */
public final class Gateway {
    private final URI base;
    private final GatewayPaths paths;
    private final RequestSigner credentials;
    private final String soapContentType;

    private Gateway(Builder b) {
        URI baseUri = b.base != null ? b.base : b.paths.defaultBase().orElse(null);
        if (baseUri == null) {
            throw new EgovClientException("Gateway base URI is required / thiếu địa chỉ cổng tích hợp");
        }
        String s = baseUri.toString();
        this.base = s.endsWith("/") ? baseUri : URI.create(s + "/");
        this.paths = b.paths;
        this.credentials = Objects.requireNonNull(b.credentials, "credentials");
        this.soapContentType = b.soapContentType;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The base URL, ending in {@code /}. */
    public URI baseUri() {
        return base;
    }

    /** The full URL of {@code service} on this gateway. */
    public URI endpointOf(String service) {
        return base.resolve(paths.pathOf(service));
    }

    /** The URL of the token call (service {@code getToken}, as in the OpenCPS configuration). */
    public URI tokenEndpoint() {
        return endpointOf("getToken");
    }

    public GatewayPaths paths() {
        return paths;
    }

    /** The authentication every request through this gateway carries. */
    public RequestSigner credentials() {
        return credentials;
    }

    /** Content type of SOAP bodies sent through the gateway (default {@code application/xml; charset=UTF-8}). */
    public String soapContentType() {
        return soapContentType;
    }

    /** Points any client builder at {@code service} on this gateway, with the gateway's credentials. */
    public <B extends ClientBuilderBase<B>> B route(B clientBuilder, String service) {
        return clientBuilder.endpoint(endpointOf(service)).credentials(credentials);
    }

    @Override
    public String toString() {
        return "Gateway[" + base + ", " + paths + ", " + credentials + "]";
    }

    /** Builder of {@link Gateway}. */
    public static final class Builder {
        private URI base;
        private GatewayPaths paths = GatewayPaths.byServiceName();
        private RequestSigner credentials = RequestSigner.none();
        private String soapContentType = "application/xml; charset=UTF-8";

        private Builder() {}

        /** The gateway's base URL (optional when the paths preset has its known host). */
        public Builder baseUri(URI base) {
            this.base = base;
            return this;
        }

        public Builder baseUri(String base) {
            return baseUri(URI.create(base));
        }

        public Builder paths(GatewayPaths paths) {
            this.paths = Objects.requireNonNull(paths, "paths");
            return this;
        }

        public Builder credentials(RequestSigner credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** Some SOAP endpoints want {@code text/xml; charset=UTF-8} (SOAP 1.1's own type). */
        public Builder soapContentType(String soapContentType) {
            this.soapContentType = Objects.requireNonNull(soapContentType, "soapContentType");
            return this;
        }

        public Gateway build() {
            return new Gateway(this);
        }
    }
}
