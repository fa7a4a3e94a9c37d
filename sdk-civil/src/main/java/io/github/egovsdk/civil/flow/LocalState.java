package io.github.egovsdk.civil.flow;

/**
 * Where an interconnected dossier stands in the province's one-stop system (trạng thái hồ sơ một cửa), with the
 * local status codes a production system uses for these dossiers.
 */
public enum LocalState {
    /** 1 mới: received from the DVCLT software. */
    NEW(1),
    /** 2 được tiếp nhận: accepted by the office, not yet forwarded. */
    ACCEPTED(2),
    /** 3 không được tiếp nhận: refused (by the office or the ministry). */
    REFUSED(3),
    /** 4 đang xử lý: forwarded to the ministry's civil-status software, waiting for its result. */
    WITH_MINISTRY(4),
    /** 5 yêu cầu bổ sung: the citizen must supplement; a re-submission updates the dossier in place. */
    SUPPLEMENT(5),
    /** 9 đã xử lý xong: registered, certificate stored. */
    COMPLETED(9),
    /** 10 đã trả: the result was handed over. */
    RETURNED(10);

    private final int code;

    LocalState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
