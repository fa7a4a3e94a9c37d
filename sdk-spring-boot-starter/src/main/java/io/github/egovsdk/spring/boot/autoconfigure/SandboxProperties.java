package io.github.egovsdk.spring.boot.autoconfigure;

/** The embedded sandbox (sdk-testkit on the classpath): every client is wired to it. */
public class SandboxProperties {
    /** Start the embedded sandbox of every service and wire every client to it (local development only). */
    private boolean enabled;
    /** Loopback port of the sandbox; 0 = a free port. */
    private int port;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }
}
