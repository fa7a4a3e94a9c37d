package io.github.egovsdk.civil.criminal;

import java.util.Arrays;
import java.util.Optional;

/** The criminal-record dossier states ({@code trangThaiXuLy} 1–10) pushed to VNeID and read from the LLTP system. */
public enum CriminalRecordState {
    /** 1 Mới đăng ký. */
    NEW(1, "Mới đăng ký"),
    /** 2 Được tiếp nhận. */
    ACCEPTED(2, "Được tiếp nhận"),
    /** 3 Không được tiếp nhận. */
    NOT_ACCEPTED(3, "Không được tiếp nhận"),
    /** 4 Đang xử lý. */
    PROCESSING(4, "Đang xử lý"),
    /** 5 Yêu cầu bổ sung giấy tờ. */
    SUPPLEMENT_REQUIRED(5, "Yêu cầu bổ sung giấy tờ"),
    /** 6 Yêu cầu thực hiện nghĩa vụ tài chính. */
    PAYMENT_REQUIRED(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
    /** 7 Công dân yêu cầu rút hồ sơ. */
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"),
    /** 8 Dừng xử lý. */
    STOPPED(8, "Dừng xử lý"),
    /** 9 Đã xử lý xong — the certificate (phiếu LLTP) is available. */
    DONE(9, "Đã xử lý xong"),
    /** 10 Đã trả kết quả. */
    RETURNED(10, "Đã trả kết quả");

    private final int code;
    private final String nameVi;

    CriminalRecordState(int code, String nameVi) {
        this.code = code;
        this.nameVi = nameVi;
    }

    public int code() {
        return code;
    }

    /** The Vietnamese name sent as {@code tenTrangThaiXuLy}. */
    public String nameVi() {
        return nameVi;
    }

    public static Optional<CriminalRecordState> fromCode(String code) {
        String c = code == null ? "" : code.strip();
        return Arrays.stream(values())
                .filter(s -> String.valueOf(s.code).equals(c))
                .findFirst();
    }

    /** 9 or 10: the certificate has been issued. */
    public boolean hasCertificate() {
        return this == DONE || this == RETURNED;
    }
}
