package io.github.egovsdk.dvc.dossier;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dossier status on the national public-service portal ({@code TrangThaiHoSo}, 1–10), with the transitions a dossier
 * may legally make: e.g. a result can be returned (10) only after processing finished (9).
 *
 * <p>Example:
 * <pre>{@code
 * DossierStatus next = dossier.status().moveTo(DossierStatus.PROCESSING);  // IllegalTransitionException if refused
 * }</pre>
 */
public enum DossierStatus {
    REGISTERED(1, "Mới đăng ký", "newly registered"),
    ACCEPTED(2, "Được tiếp nhận", "accepted"),
    NOT_ACCEPTED(3, "Không được tiếp nhận", "not accepted"),
    PROCESSING(4, "Đang xử lý", "being processed"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ", "supplement requested"),
    PAYMENT_REQUESTED(6, "Yêu cầu thực hiện nghĩa vụ tài chính", "financial obligation requested"),
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ", "withdrawn by the applicant"),
    STOPPED(8, "Dừng xử lý", "processing stopped"),
    PROCESSED(9, "Đã xử lý xong", "processing finished"),
    RESULT_RETURNED(10, "Đã trả kết quả", "result returned");

    private static final Map<DossierStatus, Set<DossierStatus>> NEXT = Map.of(
            REGISTERED, EnumSet.of(ACCEPTED, NOT_ACCEPTED, WITHDRAWN),
            ACCEPTED, EnumSet.of(PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, WITHDRAWN, STOPPED),
            PROCESSING, EnumSet.of(SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, PROCESSED, WITHDRAWN, STOPPED),
            SUPPLEMENT_REQUESTED, EnumSet.of(PROCESSING, WITHDRAWN, STOPPED),
            PAYMENT_REQUESTED, EnumSet.of(PROCESSING, PROCESSED, WITHDRAWN, STOPPED),
            PROCESSED, EnumSet.of(RESULT_RETURNED),
            NOT_ACCEPTED, EnumSet.noneOf(DossierStatus.class),
            WITHDRAWN, EnumSet.noneOf(DossierStatus.class),
            STOPPED, EnumSet.noneOf(DossierStatus.class),
            RESULT_RETURNED, EnumSet.noneOf(DossierStatus.class));

    private final int code;
    private final String vietnamese;
    private final String english;

    DossierStatus(int code, String vietnamese, String english) {
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The portal's numeric code. */
    public int code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    public static Optional<DossierStatus> fromCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    public boolean canMoveTo(DossierStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The statuses this one may move to. */
    public Set<DossierStatus> next() {
        Set<DossierStatus> n = NEXT.get(this);
        return n.isEmpty() ? Set.of() : EnumSet.copyOf(n);
    }

    /** Returns {@code next} if the move is legal, else throws {@link IllegalTransitionException}. */
    public DossierStatus moveTo(DossierStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalTransitionException(this, next);
        }
        return next;
    }
}
