package io.github.egovsdk.core.vn;

/**
 * One rule an ID number breaks, with English and Vietnamese messages.
 *
 * @param rule      stable rule name, e.g. {@code LENGTH}, {@code DIGITS}, {@code UNKNOWN_PROVINCE_CODE}
 * @param message   English
 * @param messageVi Vietnamese
 */
public record IdRuleViolation(String rule, String message, String messageVi) {}
