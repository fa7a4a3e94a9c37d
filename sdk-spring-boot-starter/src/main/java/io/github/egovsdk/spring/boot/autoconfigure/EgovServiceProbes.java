package io.github.egovsdk.spring.boot.autoconfigure;

import java.util.Map;

/** The health probes of the configured services, by service name ({@code vxp}, {@code portal}, ...). */
public final class EgovServiceProbes {
    private final Map<String, EgovServiceProbe> byService;

    public EgovServiceProbes(Map<String, EgovServiceProbe> byService) {
        this.byService = Map.copyOf(byService);
    }

    public Map<String, EgovServiceProbe> byService() {
        return byService;
    }
}
