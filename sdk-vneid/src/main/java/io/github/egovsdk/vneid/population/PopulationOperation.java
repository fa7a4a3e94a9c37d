package io.github.egovsdk.vneid.population;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 25 SOAP operations of the national population database (CSDLQG về dân cư) as named in OpenCPS' QLCD
 * integration constants. The {@code CungCapDanhSach…} list operations are batch requests: their results are fetched
 * with the request-management operations ({@link #GET_REQUEST_STATUS}, {@link #GET_REQUEST_RESULT}, …) — an
 * inference from their names and the request-management set, not a published contract.
 */
public enum PopulationOperation {
    /** Xác minh thông tin nhân thân (relatives: father, mother, spouse…). */
    XAC_MINH_THONG_TIN_NHAN_THAN("XacMinhThongTinNhanThan"),
    /** Cung cấp thông tin công dân. */
    CUNG_CAP_THONG_TIN_CONG_DAN("CungCapThongTinCongDan"),
    /** Xác thực thông tin công dân (yes/no). */
    XAC_THUC_THONG_TIN_CONG_DAN("XacThucThongTinCongDan"),
    /** Tra cứu thông tin công dân. */
    TRA_CUU_THONG_TIN_CONG_DAN("TraCuuThongTinCongDan"),
    /** Xác minh thông tin người giám hộ. */
    XAC_MINH_THONG_TIN_NGUOI_GIAM_HO("XacMinhThongTinNguoiGiamHo"),
    /** Xác minh thông tin chủ hộ (household head). */
    XAC_MINH_THONG_TIN_CHU_HO("XacMinhThongTinChuHo"),
    /** Xác minh thông tin nơi ở hiện tại. */
    XAC_MINH_THONG_TIN_NOI_O_HIEN_TAI("XacMinhThongTinNoiOHienTai"),
    /** Cung cấp thông tin hộ gia đình. */
    CUNG_CAP_THONG_TIN_HO_GIA_DINH("CungCapThongTinHoGiaDinh"),
    /** Cung cấp thông tin nhóm máu. */
    CUNG_CAP_THONG_TIN_NHOM_MAU("CungCapThongTinNhomMau"),
    /** Xác minh tình trạng hôn nhân. */
    XAC_MINH_TINH_TRANG_HON_NHAN("XacMinhTinhTrangHonNhan"),
    /** Xác minh tình trạng chết / mất tích. */
    XAC_MINH_TINH_TRANG_CHET_MAT_TICH("XacMinhTinhTrangChetMatTich"),
    /** Cung cấp danh sách theo địa phương (batch). */
    CUNG_CAP_DANH_SACH_THEO_DIA_PHUONG("CungCapDanhSachTheoDiaPhuong"),
    /** Cung cấp danh sách theo độ tuổi (batch). */
    CUNG_CAP_DANH_SACH_THEO_DO_TUOI("CungCapDanhSachTheoDoTuoi"),
    /** Cung cấp danh sách theo nhóm máu (batch). */
    CUNG_CAP_DANH_SACH_THEO_NHOM_MAU("CungCapDanhSachTheoNhomMau"),
    /** Cung cấp danh sách theo giới tính (batch). */
    CUNG_CAP_DANH_SACH_THEO_GIOI_TINH("CungCapDanhSachTheoGioiTinh"),
    /** Cung cấp danh sách theo dân tộc (batch). */
    CUNG_CAP_DANH_SACH_THEO_DAN_TOC("CungCapDanhSachTheoDanToc"),
    /** Cung cấp danh sách theo tôn giáo (batch). */
    CUNG_CAP_DANH_SACH_THEO_TON_GIAO("CungCapDanhSachTheoTonGiao"),
    GET_REQUESTS("GetRequests"),
    GET_REQUEST_STATUS("GetRequestStatus"),
    DELETE_REQUEST("DeleteRequest"),
    GET_REQUEST_RESULT("GetRequestResult"),
    GET_RESULT_DETAIL_AS_RECORDS("GetResultDetailAsRecords"),
    GET_RESULT_DETAIL_AS_FILE("GetResultDetailAsFile"),
    GET_REQUEST_DETAIL("GetRequestDetail"),
    GET_REQUEST_HISTORY("GetRequestHistory");

    private final String wireName;

    PopulationOperation(String wireName) {
        this.wireName = wireName;
    }

    /** The operation's name on the wire, e.g. {@code TraCuuThongTinCongDan}. */
    public String wireName() {
        return wireName;
    }

    /** Whether it is one of the asynchronous {@code CungCapDanhSach…} batch requests. */
    public boolean isBatch() {
        return wireName.startsWith("CungCapDanhSach");
    }

    /** By wire name, with or without the {@code Request} suffix some deployments add. */
    public static Optional<PopulationOperation> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
        return Arrays.stream(values()).filter(o -> o.wireName.equals(n)).findFirst();
    }
}
