package io.github.egovsdk.testkit;

import io.github.egovsdk.core.privacy.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets and personal data in captured log text — for tests that run a program with every logger at
 * DEBUG/TRACE and prove nothing leaks: the sandbox's own secrets verbatim, and by shape bearer/ID tokens, session
 * ids, VXP HMAC headers, payment MACs ({@code MaXacThuc}), {@code Authorization} values, passwords and secrets in
 * JSON or form fields, and 12-digit personal ID numbers not masked. What it reports is itself masked.
 */
public final class LogSecrets {
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("[Bb]earer [A-Za-z0-9._~+/-]{16,}"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"), // a JWT (ID token)
            Pattern.compile("(?i)authorization[\"':= ]+(basic|bearer|hmac)?\\s*[A-Za-z0-9+/=._~-]{12,}"),
            Pattern.compile("(?i)xroadvnpt-hash-header[\"':= ]+[0-9a-f]{32,}"),
            Pattern.compile("(?i)maxacthuc[\"':= ]+[0-9a-f]{32,}"),
            Pattern.compile("(?i)\"?(session|sessionid|jsessionid)\"?[=:]\\s*\"?[A-Za-z0-9._~+/-]{16,}"),
            Pattern.compile("(?i)\"?(client_secret|access_token|id_token|refresh_token|password|secret)\"?"
                    + "[=:]\\s*\"?[A-Za-z0-9._~+/-]{8,}"),
            Pattern.compile("(?<![0-9A-Za-z_.:/-])0[0-9]{2}[0-3][0-9]{8}(?![0-9A-Za-z_])")); // personal ID, unmasked

    private LogSecrets() {}

    /** Each secret found (masked, with what matched), empty when the text is clean. */
    public static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        for (String secret : List.of(
                EgovSandbox.PORTAL_PASSWORD,
                EgovSandbox.PAYMENT_SECRET,
                EgovSandbox.VNEID_CLIENT_SECRET,
                EgovSandbox.SSO_CLIENT_SECRET,
                EgovSandbox.AGENCY_A.secret(),
                EgovSandbox.AGENCY_B.secret(),
                EgovSandbox.AGENCY_C.secret())) {
            if (text.contains(secret)) {
                found.add("a sandbox secret in clear: " + mask(secret) + " in «"
                        + mask(line(text, text.indexOf(secret))) + "»");
            }
        }
        for (Pattern p : SHAPES) {
            Matcher m = p.matcher(text);
            while (m.find() && found.size() < 50) {
                found.add("/" + p.pattern() + "/: " + mask(m.group()) + " in «" + mask(line(text, m.start())) + "»");
            }
        }
        return found;
    }

    private static String line(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        String l = text.substring(from, to < 0 ? text.length() : to);
        return l.length() > 300 ? l.substring(0, 300) + "…" : l;
    }

    /** Keeps three characters each side of every long token, so the report itself leaks nothing. */
    private static String mask(String s) {
        return Redactor.redact(s).replaceAll("([0-9A-Za-z]{3})[0-9A-Za-z._~+/=-]{6,}([0-9A-Za-z]{3})", "$1***$2");
    }
}
