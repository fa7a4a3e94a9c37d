package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.SandboxCitizen;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;

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
    record Grant(SandboxCitizen citizen, String clientId, String redirectUri, String flavor, String nonce,
            String codeChallenge) {
    }

    /** How long a portal session lives unless {@link #portalSessionTtl(Duration)} says otherwise. */
    public static final Duration DEFAULT_SESSION_TTL = Duration.ofMinutes(30);
    private final Map<String, Instant> sessions = new LinkedHashMap<>();
    private Duration sessionTtl = DEFAULT_SESSION_TTL;
    private int logins;
    private final Map<String, JsonNode> dossiers = new LinkedHashMap<>();
    private final Map<String, java.util.List<JsonNode>> progress = new LinkedHashMap<>();
    private final Map<String, Payment> payments = new LinkedHashMap<>();
    private final Map<String, Grant> codes = new LinkedHashMap<>();
    private final Map<String, Grant> tokens = new LinkedHashMap<>();
    private URI paymentCallback;

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
            return false;
        }
        return true;
    }

    /** Ends every portal session now (clients must log in again). */
    public synchronized void expireSessions() {
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

    synchronized Optional<JsonNode> dossier(String code) {
        return Optional.ofNullable(dossiers.get(code));
    }

    synchronized boolean putDossier(String code, JsonNode d) {
        return dossiers.put(code, d) == null;
    }

    synchronized void addProgress(String code, JsonNode p) {
        progress.computeIfAbsent(code, k -> new java.util.ArrayList<>()).add(p);
    }

    synchronized java.util.List<JsonNode> progressOf(String code) {
        return java.util.List.copyOf(progress.getOrDefault(code, java.util.List.of()));
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
