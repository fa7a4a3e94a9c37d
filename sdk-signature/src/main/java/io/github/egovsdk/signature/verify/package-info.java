/**
 * Verification of signatures (kiểm tra chữ ký số) in PDF, XML and CMS files:
 * {@link io.github.egovsdk.signature.verify.SignatureValidator} (one file) and
 * {@link io.github.egovsdk.signature.verify.BatchValidator} (many, in parallel) produce a
 * {@link io.github.egovsdk.signature.verify.ValidationReport} with ETSI EN 319 102-1 indications and messages in
 * English and Vietnamese, under a {@link io.github.egovsdk.signature.verify.ValidationPolicy}.
 */
package io.github.egovsdk.signature.verify;
