package io.github.egovsdk.edoc;

/** Who signed the document (người ký): authority (e.g. {@code TL. BỘ TRƯỞNG}), position and full name. */
public record SignerInfo(String competence, String position, String fullName) {}
