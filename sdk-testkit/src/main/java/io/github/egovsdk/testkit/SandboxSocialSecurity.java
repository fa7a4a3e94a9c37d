package io.github.egovsdk.testkit;

import io.github.egovsdk.core.privacy.Redactor;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox Social Security gateway (egw) — its synthetic facility account, registered officer and patients, and
 * switches: the IP allow-list, the session lifetime, ending sessions. Every name, number and secret is synthetic.
 */
public final class SandboxSocialSecurity {
    /** The facility's code ({@code maCskcb}) and account ({@code <code>_BV}). */
    public static final String FACILITY = "27001";

    public static final String USERNAME = "27001_BV";
    /** Its password in clear; the gateway wants its MD5 (either case is accepted here). */
    public static final String PASSWORD = "sandbox-bhyt-pass-KHONG-DUNG-THAT";
    /** The officer registered for the account (form 01/dk-ctn): name and personal ID. */
    public static final String OFFICER_NAME = "Phạm Văn Cán Bộ";

    public static final String OFFICER_ID = "027090000444";

    /** A synthetic patient: a sandbox citizen, their card and the result the gateway gives for it. */
    public record Patient(SandboxCitizen citizen, String cardNumber, String resultCode) {
        @Override
        public String toString() {
            return "Patient[" + Redactor.maskPersonalId(cardNumber) + ", " + resultCode + "]";
        }
    }

    /** Cards of the sandbox citizens: valid (000), old expired with a new one issued (003), expired (010). */
    public static final List<Patient> PATIENTS = List.of(
            new Patient(SandboxCitizen.ALL.get(0), "GD4010199012345", "000"),
            new Patient(SandboxCitizen.ALL.get(1), "HS4790301000222", "003"),
            new Patient(SandboxCitizen.ALL.get(2), "DN2270085000333", "010"));

    /** One submission the gateway received. */
    public record Submission(String service, String documentType, String code) {}

    private final AtomicReference<Set<String>> allowList = new AtomicReference<>(Set.of());
    private final AtomicReference<Duration> sessionLifetime = new AtomicReference<>(Duration.ofHours(20));
    private final List<Submission> submissions = new CopyOnWriteArrayList<>();
    private volatile long sessionsValidFrom = System.nanoTime();

    SandboxSocialSecurity() {}

    /** Only these client IP addresses may connect (empty = everyone, the default); others get HTTP 403. */
    public void ipAllowList(Set<String> addresses) {
        allowList.set(Set.copyOf(addresses));
    }

    public Set<String> ipAllowList() {
        return allowList.get();
    }

    /** How long a session ({@code api/token/take}) lives; default 20 hours. */
    public void sessionLifetime(Duration lifetime) {
        sessionLifetime.set(lifetime);
    }

    public Duration sessionLifetime() {
        return sessionLifetime.get();
    }

    /** Ends every session now: the next call with an old token answers {@code maKetQua} 401. */
    public void expireSessions() {
        sessionsValidFrom = System.nanoTime();
    }

    /** Sessions issued before this {@link System#nanoTime()} are refused. */
    public long sessionsValidFrom() {
        return sessionsValidFrom;
    }

    /** What was submitted (GKSK, birth/death certificates, bundles) since start or reset. */
    public List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    /** Records a submission (the gateway emulator calls it). */
    public void record(Submission s) {
        submissions.add(s);
    }

    void reset() {
        allowList.set(Set.of());
        sessionLifetime.set(Duration.ofHours(20));
        submissions.clear();
        sessionsValidFrom = System.nanoTime();
    }
}
