package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.testkit.internal.console.SandboxJournal;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Memory of the portal, payment and identity services: sessions, dossiers, payments, codes and tokens. */
public final class ServiceState {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A payment created by INIT. */
    public static final class Payment {
        final String reference;
        final String amount;
        final String description;
        String result = "PENDING";
        String transactionId;
        String paidAt;
        JsonNode receiptInfo;

        Payment(String reference, String amount, String description) {
            this.reference = reference;
            this.amount = amount;
            this.description = description;
        }
    }

    /** An authorization: who logged in, for which client, and the nonce / PKCE challenge the client sent. */
    record Grant(
            SandboxCitizen citizen,
            String clientId,
            String redirectUri,
            String flavor,
            String nonce,
            String codeChallenge) {}

    /** How long a portal session lives unless {@link #portalSessionTtl(Duration)} says otherwise. */
    public static final Duration DEFAULT_SESSION_TTL = Duration.ofMinutes(30);

    private final Map<String, Instant> sessions = new LinkedHashMap<>();
    private Duration sessionTtl = DEFAULT_SESSION_TTL;
    private int logins;
    private final Map<String, JsonNode> dossiers = new LinkedHashMap<>();
    private final Map<String, List<JsonNode>> progress = new LinkedHashMap<>();
    private final Map<String, Payment> payments = new LinkedHashMap<>();
    private final Map<String, Grant> codes = new LinkedHashMap<>();
    private final Map<String, Grant> tokens = new LinkedHashMap<>();
    private URI paymentCallback;
    private final Map<String, List<String[]>> statusHistory = new LinkedHashMap<>();
    private final SandboxJournal journal = new SandboxJournal();

    /** Where the sandbox's emulators record what happened (the console reads it). */
    public SandboxJournal journal() {
        return journal;
    }

    public synchronized void reset() {
        sessions.clear();
        sessionTtl = DEFAULT_SESSION_TTL;
        logins = 0;
        dossiers.clear();
        progress.clear();
        payments.clear();
        codes.clear();
        tokens.clear();
        paymentCallback = null;
        statusHistory.clear();
        journal.clear();
    }

    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    synchronized String newSession() {
        String s = random(18);
        sessions.put(s, Instant.now());
        logins++;
        return s;
    }

    /** Known and younger than the session lifetime; an expired session is forgotten. */
    synchronized boolean validSession(String s) {
        Instant since = s == null ? null : sessions.get(s);
        if (since == null) {
            return false;
        }
        if (!Instant.now().isBefore(since.plus(sessionTtl))) {
            sessions.remove(s);
            journal.record(
                    "portal",
                    "session",
                    "event",
                    "expired — hết hạn",
                    "session",
                    sessionLabel(s),
                    "lifetime",
                    sessionTtl.toString());
            return false;
        }
        return true;
    }

    /** How the console names a session without showing it: a short fingerprint. */
    static String sessionLabel(String session) {
        return "#" + Integer.toHexString(session.hashCode());
    }

    /** Ends every portal session now (clients must log in again). */
    public synchronized void expireSessions() {
        journal.record(
                "portal",
                "session",
                "event",
                "ended by the sandbox — sandbox hủy",
                "session",
                sessions.size() + " session(s)",
                "lifetime",
                sessionTtl.toString());
        sessions.clear();
    }

    /** Sets how long new and current portal sessions live. */
    public synchronized void portalSessionTtl(Duration ttl) {
        if (ttl == null || ttl.isNegative()) {
            throw new IllegalArgumentException("The session lifetime must be zero or positive");
        }
        this.sessionTtl = ttl;
    }

    /** Successful portal logins since start or the last reset. */
    public synchronized int portalLogins() {
        return logins;
    }

    /** Every synced dossier by code, in sync order (the console's portal view). */
    synchronized Map<String, JsonNode> dossiers() {
        return new LinkedHashMap<>(dossiers);
    }

    /** Each sync of a dossier: {time, TrangThaiHoSo}. */
    synchronized List<String[]> statusHistory(String code) {
        return List.copyOf(statusHistory.getOrDefault(code, List.of()));
    }

    /** Live portal sessions: session → when it ends. */
    synchronized Map<String, Instant> sessionExpiries() {
        Map<String, Instant> out = new LinkedHashMap<>();
        sessions.forEach((k, v) -> out.put(k, v.plus(sessionTtl)));
        return out;
    }

    /** Every payment by reference, in INIT order. */
    synchronized List<Payment> payments() {
        return List.copyOf(payments.values());
    }

    synchronized Optional<JsonNode> dossier(String code) {
        return Optional.ofNullable(dossiers.get(code));
    }

    synchronized boolean putDossier(String code, JsonNode d) {
        statusHistory
                .computeIfAbsent(code, k -> new ArrayList<>())
                .add(new String[] {AxisState.now(), d.path("TrangThaiHoSo").asString("")});
        return dossiers.put(code, d) == null;
    }

    synchronized void addProgress(String code, JsonNode p) {
        progress.computeIfAbsent(code, k -> new ArrayList<>()).add(p);
    }

    synchronized List<JsonNode> progressOf(String code) {
        return List.copyOf(progress.getOrDefault(code, List.of()));
    }

    synchronized Payment newPayment(String reference, String amount, String description) {
        Payment p = new Payment(reference, amount, description);
        payments.put(reference, p);
        return p;
    }

    synchronized Optional<Payment> payment(String reference) {
        return Optional.ofNullable(payments.get(reference));
    }

    public synchronized void paymentCallback(URI uri) {
        this.paymentCallback = uri;
    }

    synchronized Optional<URI> paymentCallback() {
        return Optional.ofNullable(paymentCallback);
    }

    synchronized String newCode(Grant g) {
        String c = random(24);
        codes.put(c, g);
        return c;
    }

    synchronized Optional<Grant> takeCode(String code) {
        return Optional.ofNullable(code == null ? null : codes.remove(code));
    }

    synchronized String newToken(Grant g) {
        String t = random(32);
        tokens.put(t, g);
        return t;
    }

    synchronized Optional<Grant> token(String t) {
        return Optional.ofNullable(t == null ? null : tokens.get(t));
    }
}
