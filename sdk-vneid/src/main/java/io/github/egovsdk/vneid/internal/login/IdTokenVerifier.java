package io.github.egovsdk.vneid.internal.login;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.egovsdk.vneid.login.LoginRejectedException;
import io.github.egovsdk.vneid.login.LoginRejectedException.Reason;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Verifies an OIDC ID token (Nimbus JOSE+JWT): an asymmetric signature by a key of the provider's JWKS (fetched
 * through the SDK pipeline, cached, fetched again at most once a minute when a new key id appears), then issuer,
 * audience, expiry and not-before with a clock skew, and the nonce.
 */
public final class IdTokenVerifier {
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384);
    private final OidcHttp http;
    private final URI jwksUri;
    private final String issuer;
    private final String clientId;
    private final Clock clock;
    private final Duration skew;
    private volatile JWKSet keys;
    private volatile Instant fetchedAt = Instant.EPOCH;

    public IdTokenVerifier(OidcHttp http, URI jwksUri, String issuer, String clientId, Clock clock, Duration skew) {
        this.http = http;
        this.jwksUri = jwksUri;
        this.issuer = issuer;
        this.clientId = clientId;
        this.clock = clock;
        this.skew = skew;
    }

    public JWTClaimsSet verify(String idToken, String expectedNonce) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(idToken);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LoginRejectedException(
                    Reason.INVALID_TOKEN, "The ID token is not a signed JWT", "ID token không phải JWT có chữ ký", e);
        }
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (!ALLOWED.contains(alg)) {
            throw new LoginRejectedException(
                    Reason.INVALID_TOKEN,
                    "ID token algorithm " + alg + " is not accepted",
                    "thuật toán " + alg + " của ID token không được chấp nhận");
        }
        if (!signatureVerifies(jwt, false) && !signatureVerifies(jwt, true)) {
            throw new LoginRejectedException(
                    Reason.BAD_SIGNATURE,
                    "The ID token's signature does not verify with" + " the provider's keys",
                    "chữ ký của ID token không khớp khóa công khai của nhà cung cấp");
        }
        checkClaims(claims, expectedNonce);
        return claims;
    }

    private boolean signatureVerifies(SignedJWT jwt, boolean refresh) {
        JWKSet set = keys(refresh);
        if (set == null) {
            return false;
        }
        String kid = jwt.getHeader().getKeyID();
        List<JWK> candidates = set.getKeys().stream()
                .filter(k -> kid == null || kid.equals(k.getKeyID()))
                .toList();
        for (JWK k : candidates) {
            try {
                JWSVerifier v = k instanceof RSAKey rsa
                        ? new RSASSAVerifier(rsa)
                        : k instanceof ECKey ec ? new ECDSAVerifier(ec) : null;
                if (v != null
                        && v.supportedJWSAlgorithms().contains(jwt.getHeader().getAlgorithm())
                        && jwt.verify(v)) {
                    return true;
                }
            } catch (JOSEException e) {
                // a key of the wrong type or size cannot have made this signature: try the next
            }
        }
        return false;
    }

    private synchronized JWKSet keys(boolean refresh) {
        Instant now = clock.instant();
        boolean due = keys == null
                || (refresh && fetchedAt.plus(Duration.ofMinutes(1)).isBefore(now));
        if (due) {
            try {
                keys = JWKSet.parse(http.get(jwksUri, null));
                fetchedAt = now;
            } catch (ParseException e) {
                throw new LoginRejectedException(
                        Reason.INVALID_TOKEN,
                        "The provider's JWKS cannot be read",
                        "không đọc được bộ khóa JWKS của nhà cung cấp",
                        e);
            }
        }
        return keys;
    }

    private void checkClaims(JWTClaimsSet c, String expectedNonce) {
        if (!issuer.equals(c.getIssuer())) {
            throw new LoginRejectedException(
                    Reason.INVALID_TOKEN,
                    "ID token issuer " + c.getIssuer() + " is not " + issuer,
                    "đơn vị phát hành ID token không đúng");
        }
        if (c.getAudience() == null || !c.getAudience().contains(clientId)) {
            throw new LoginRejectedException(
                    Reason.INVALID_TOKEN,
                    "The ID token is not for this client",
                    "ID token không dành cho ứng dụng này");
        }
        if (c.getSubject() == null || c.getSubject().isBlank()) {
            throw new LoginRejectedException(
                    Reason.INVALID_TOKEN, "The ID token has no subject", "ID token không có sub");
        }
        Instant now = clock.instant();
        Date exp = c.getExpirationTime();
        if (exp == null || exp.toInstant().plus(skew).isBefore(now)) {
            throw new LoginRejectedException(Reason.EXPIRED, "The ID token has expired", "ID token đã hết hạn");
        }
        Date nbf = c.getNotBeforeTime();
        Date iat = c.getIssueTime();
        if ((nbf != null && nbf.toInstant().minus(skew).isAfter(now))
                || (iat != null && iat.toInstant().minus(skew).isAfter(now))) {
            throw new LoginRejectedException(
                    Reason.EXPIRED, "The ID token is not valid yet", "ID token chưa có hiệu lực");
        }
        Object nonce = c.getClaim("nonce");
        if (expectedNonce != null && !(nonce instanceof String n && OidcSupport.same(n, expectedNonce))) {
            throw new LoginRejectedException(
                    Reason.NONCE_MISMATCH,
                    "The ID token's nonce does not match this" + " login",
                    "nonce của ID token không khớp phiên đăng nhập");
        }
    }
}
