package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.SandboxSocialSecurity;
import io.github.egovsdk.testkit.internal.console.JournalView;
import io.github.egovsdk.testkit.internal.console.SandboxConsole;
import io.github.egovsdk.testkit.internal.console.Text;
import java.util.function.Supplier;

/** The console tabs of the sandbox's first services, in the order the page shows them. */
public final class ConsoleViews {
    private ConsoleViews() {}

    /** Registers the axis, portal, payment, VNeID/SSO and population-DB tabs. */
    public static SandboxConsole registerStandard(
            SandboxConsole console, AxisState axis, ServiceState services, Supplier<String> baseUrl) {
        console.register(new AxisConsoleView(axis));
        console.register(new PortalConsoleView(services));
        console.register(new PaymentConsoleView(services, baseUrl));
        console.register(JournalView.of(
                "identity",
                Text.of("Đăng nhập VNeID / SSO", "VNeID / SSO logins"),
                console.journal(),
                "identity",
                "login",
                Text.of("Nhà cung cấp", "Provider"),
                "provider",
                Text.of("Bước", "Step"),
                "step",
                Text.of("Công dân (đã che)", "Citizen (masked)"),
                "citizen",
                Text.of("Họ tên (đã che)", "Name (masked)"),
                "name",
                Text.of("Ứng dụng", "Client"),
                "client",
                Text.of("PKCE", "PKCE"),
                "pkce"));
        console.register(JournalView.of(
                "population",
                Text.of("Tra cứu CSDL dân cư", "Population-DB look-ups"),
                console.journal(),
                "population",
                "lookup",
                Text.of("Dịch vụ", "Service"),
                "service",
                Text.of("Mã yêu cầu", "Request id"),
                "request",
                Text.of("Cán bộ", "Officer"),
                "officer",
                Text.of("Số định danh (đã che)", "Personal ID (masked)"),
                "citizen",
                Text.of("Họ tên (đã che)", "Name (masked)"),
                "name",
                Text.of("Tìm thấy", "Found"),
                "found"));
        return console;
    }

    /**
     * Registers the tabs of the services added since: interconnected civil status (DVCLT and the ministry, with the
     * "advance" action), criminal records, the results store and Q&amp;A, the LGSP / NDXP and Social Security
     * gateways.
     */
    public static SandboxConsole registerServices(
            SandboxConsole console, CivilState civil, SandboxSocialSecurity socialSecurity) {
        console.register(new CivilConsoleView(civil, console.journal()));
        console.register(new CriminalRecordConsoleView(civil, console.journal()));
        console.register(new ResultsQaConsoleView(civil, console.journal()));
        console.register(GatewayConsoleView.lgsp(console.journal()));
        console.register(GatewayConsoleView.socialSecurity(console.journal(), socialSecurity));
        return console;
    }
}
