package io.github.egovsdk.dvc.procedure;

/**
 * Online public-service level under Decree 42/2022/NĐ-CP (which replaced the former levels 1–4).
 */
public enum OnlineServiceLevel {
    /** Toàn trình — the whole procedure, payment and result included, is done online. */
    FULL("Toàn trình"),
    /** Một phần — part of the procedure is done online (e.g. submission), the rest in person. */
    PARTIAL("Một phần");

    private final String vietnamese;

    OnlineServiceLevel(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
