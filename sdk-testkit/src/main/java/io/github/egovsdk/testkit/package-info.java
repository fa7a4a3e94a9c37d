/**
 * Test kit: {@link io.github.egovsdk.testkit.EgovSandbox}, an embedded sandbox (WireMock on loopback) of every service
 * the SDK talks to — the document axis, the national public-service portal (Cổng DVCQG) and payment platform, VNeID
 * and the population database, LGSP gateways, the civil-status and interconnected-service software, the Social
 * Security gateway, a PKI with TSA, OCSP and CRL — with its test agencies, citizens and keys; and
 * {@link io.github.egovsdk.testkit.EgovSandboxExtension} for JUnit 5. Contract suites for real staging systems are in
 * {@code contract}.
 */
package io.github.egovsdk.testkit;
