package io.github.egovsdk.civil.justice;

/** The ministry's answer to a dossier push. */
public enum SubmitOutcome {
    /** {@code status "1"}: accepted now. */
    ACCEPTED,
    /** The ministry already has it ("đã được tiếp nhận"): a repeated push, treated as done. */
    ALREADY_RECEIVED
}
