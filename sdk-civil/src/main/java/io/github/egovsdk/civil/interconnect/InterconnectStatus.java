package io.github.egovsdk.civil.interconnect;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The status values ({@code trangThai} 1–7) a one-stop system pushes back to the DVCLT software, and the transitions
 * the SDK allows between them. Labels as a production one-stop system and VNPT iGate tooling use them; their
 * official semantics and whether the DVCLT server enforces an order are not published, so the allowed transitions
 * below are the SDK's, derived from the documented flow (1 → 3 → 7 → 4 → 5, supplementation 2 and refusal 6 from any
 * open state, re-submission after 2).
 */
public enum InterconnectStatus {
    /** 1 — Tiếp nhận hồ sơ vào hệ thống: the one-stop system received the dossier. */
    RECEIVED(1),
    /** 2 — Yêu cầu bổ sung: supplementation requested (by the one-stop office or the ministry). */
    SUPPLEMENT_REQUESTED(2),
    /** 3 — Hồ sơ đủ điều kiện giải quyết / MCĐT tiếp nhận: accepted by the office. */
    ACCEPTED(3),
    /** 4 — Đã có kết quả: registered by the ministry, result attached ({@code ketQuaXuLy}). */
    RESULT_READY(4),
    /** 5 — Trả kết quả: the result was handed over (final). */
    RESULT_RETURNED(5),
    /** 6 — Từ chối: refused (final). */
    REFUSED(6),
    /** 7 — Đã chuyển cán bộ tư pháp: sent to the ministry's civil-status software. */
    SENT_TO_JUSTICE(7);

    private final int code;

    InterconnectStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<InterconnectStatus> fromCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    /** The status of a code 1–7; {@link ValidationException} naming {@code trangThai} otherwise. */
    public static InterconnectStatus of(int code) {
        return fromCode(code)
                .orElseThrow(() -> new ValidationException(
                        "interconnect status " + code,
                        List.of(new Violation(
                                "trangThai",
                                "Range",
                                "trangThai must be 1–7 / trạng thái phải từ 1 đến 7",
                                Integer.toString(code)))));
    }

    /** 5 and 6 end the dossier. */
    public boolean isFinal() {
        return this == RESULT_RETURNED || this == REFUSED;
    }

    /** The statuses that may follow this one. */
    public Set<InterconnectStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(SUPPLEMENT_REQUESTED, ACCEPTED, REFUSED);
            case SUPPLEMENT_REQUESTED -> EnumSet.of(RECEIVED, ACCEPTED, SENT_TO_JUSTICE, REFUSED, SUPPLEMENT_REQUESTED);
            case ACCEPTED -> EnumSet.of(SENT_TO_JUSTICE, SUPPLEMENT_REQUESTED, REFUSED);
            case SENT_TO_JUSTICE -> EnumSet.of(RESULT_READY, SUPPLEMENT_REQUESTED, REFUSED);
            case RESULT_READY -> EnumSet.of(RESULT_RETURNED);
            case RESULT_RETURNED, REFUSED -> EnumSet.noneOf(InterconnectStatus.class);
        };
    }

    public boolean canMoveTo(InterconnectStatus to) {
        return next().contains(to);
    }

    /**
     * Checks a transition; {@code from == null} means nothing was pushed yet, when only {@link #RECEIVED} may come.
     *
     * @throws IllegalStatusTransitionException when not allowed
     */
    public static void requireTransition(InterconnectStatus from, InterconnectStatus to) {
        boolean ok = from == null ? to == RECEIVED : from.canMoveTo(to);
        if (!ok) {
            throw new IllegalStatusTransitionException(from, to);
        }
    }
}
