/**
 * Masking of personal data and secrets before they reach a log, an exception message or a report
 * ({@link io.github.egovsdk.core.privacy.Redactor}): a personal ID number keeps its first 3 and last 3 digits.
 */
package io.github.egovsdk.core.privacy;
