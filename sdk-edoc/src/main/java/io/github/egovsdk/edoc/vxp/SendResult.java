package io.github.egovsdk.edoc.vxp;

/**
 * The axis accepted a package.
 *
 * @param docId   the axis' id of the package (keep it to track delivery)
 * @param sha256  SHA-256 of the bytes sent (standard hex)
 */
public record SendResult(String docId, String sha256) {}
