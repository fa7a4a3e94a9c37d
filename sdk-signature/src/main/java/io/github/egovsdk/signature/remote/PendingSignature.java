package io.github.egovsdk.signature.remote;

/** A signature request waiting for the user's approval on their phone. */
public record PendingSignature(String transactionId, RemoteCredential credential) {}
