package io.github.egovsdk.signature.internal;

import io.github.egovsdk.signature.verify.Indication;
import io.github.egovsdk.signature.verify.ReportMessage;
import io.github.egovsdk.signature.verify.SubIndication;
import java.util.ArrayList;
import java.util.List;

/** Accumulates the findings of one signature; the first failure decides the indication, later ones add messages. */
public final class Verdict {
    private Indication indication = Indication.TOTAL_PASSED;
    private SubIndication sub;
    private final List<ReportMessage> messages = new ArrayList<>();

    /** A definitive failure: replaces an INDETERMINATE or PASSED verdict. */
    public void fail(SubIndication s, String code, String en, String vi) {
        messages.add(ReportMessage.error(code, en, vi));
        if (indication != Indication.TOTAL_FAILED) {
            indication = Indication.TOTAL_FAILED;
            sub = s;
        }
    }

    /** An inconclusive finding: only downgrades a PASSED verdict. */
    public void indeterminate(SubIndication s, String code, String en, String vi) {
        messages.add(ReportMessage.error(code, en, vi));
        if (indication == Indication.TOTAL_PASSED) {
            indication = Indication.INDETERMINATE;
            sub = s;
        }
    }

    /** Crypto constraints outrank an untrusted chain: report the stronger reason. */
    public void weak(String code, String en, String vi) {
        messages.add(ReportMessage.error(code, en, vi));
        if (indication == Indication.TOTAL_PASSED
                || (indication == Indication.INDETERMINATE && sub == SubIndication.NO_CERTIFICATE_CHAIN_FOUND)) {
            indication = Indication.INDETERMINATE;
            sub = SubIndication.CRYPTO_CONSTRAINTS_FAILURE;
        }
    }

    public void warn(String code, String en, String vi) {
        messages.add(ReportMessage.warning(code, en, vi));
    }

    public void info(String code, String en, String vi) {
        messages.add(ReportMessage.info(code, en, vi));
    }

    public Indication indication() {
        return indication;
    }

    public SubIndication sub() {
        return sub;
    }

    public List<ReportMessage> messages() {
        return messages;
    }

    public boolean failed() {
        return indication == Indication.TOTAL_FAILED;
    }
}
