package io.github.egovsdk.spring.boot.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * What every HTTP service of the SDK shares: where it is, how long to wait, how often to retry. A service's client
 * bean is created when its {@code endpoint} is set (or when the sandbox is enabled).
 */
public class ServiceProperties {
    /** Base URL of the service. */
    private URI endpoint;
    /** Sent as the application id header / user agent part; default the SDK's. */
    private String applicationId;
    /** Log request and response lines (never bodies with personal data, never secrets). */
    private boolean wireLogging;
    /** Timeouts of each call. */
    @NestedConfigurationProperty
    private final TimeoutProperties timeouts = new TimeoutProperties();
    /** Retries of transient failures (429/502/503/504, connection failures). */
    @NestedConfigurationProperty
    private final RetryProperties retry = new RetryProperties();

    public URI getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    public boolean isWireLogging() {
        return wireLogging;
    }

    public void setWireLogging(boolean wireLogging) {
        this.wireLogging = wireLogging;
    }

    /** An HTTP proxy for this service. */
    @NestedConfigurationProperty
    private final ProxyProperties proxy = new ProxyProperties();

    public ProxyProperties getProxy() {
        return proxy;
    }

    /** TLS of this service: trusted CAs and the client certificate for mutual TLS. */
    @NestedConfigurationProperty
    private final TlsProperties tls = new TlsProperties();

    public TlsProperties getTls() {
        return tls;
    }

    public TimeoutProperties getTimeouts() {
        return timeouts;
    }

    public RetryProperties getRetry() {
        return retry;
    }

    /** An HTTP proxy: its URL, hosts reached directly, and its credentials if it needs them. */
    public static class ProxyProperties {
        /** The proxy's URL, e.g. {@code http://proxy.example:3128}; unset = no proxy. */
        private URI url;
        /** Hosts reached without the proxy (exact names or {@code *.suffix}). */
        private List<String> nonProxyHosts = new ArrayList<>();
        /** Proxy user, if the proxy needs authentication. */
        private String username;
        /** Proxy password (never logged). */
        private String password;

        public URI getUrl() {
            return url;
        }

        public void setUrl(URI url) {
            this.url = url;
        }

        public List<String> getNonProxyHosts() {
            return nonProxyHosts;
        }

        public void setNonProxyHosts(List<String> nonProxyHosts) {
            this.nonProxyHosts = nonProxyHosts;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    /** Connect, response and total timeouts; unset values keep the SDK's defaults (10 s, 60 s, 5 min). */
    public static class TimeoutProperties {
        /** Time to open the connection. */
        private Duration connect;
        /** Time to wait for the response after sending the request. */
        private Duration response;
        /** Upper bound of one call, retries included. */
        private Duration total;

        public Duration getConnect() {
            return connect;
        }

        public void setConnect(Duration connect) {
            this.connect = connect;
        }

        public Duration getResponse() {
            return response;
        }

        public void setResponse(Duration response) {
            this.response = response;
        }

        public Duration getTotal() {
            return total;
        }

        public void setTotal(Duration total) {
            this.total = total;
        }
    }

    /** Retry policy; unset values keep the SDK's defaults (4 attempts, 200 ms base, 10 s max delay). */
    public static class RetryProperties {
        /** Attempts in all, the first included (1 = no retry). */
        private Integer maxAttempts;
        /** Delay before the first retry (exponential backoff with jitter after it). */
        private Duration baseDelay;
        /** Upper bound of one delay. */
        private Duration maxDelay;

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getBaseDelay() {
            return baseDelay;
        }

        public void setBaseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }
    }
}
