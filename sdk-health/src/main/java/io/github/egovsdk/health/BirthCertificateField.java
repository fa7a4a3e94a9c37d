package io.github.egovsdk.health;

/**
 * The elements of {@code GIAYCHUNGSINH} (giấy chứng sinh, document type 61), in document order, as a public
 * XML builder for the Social Security gateway writes them (NND = the mother or carer, mẹ / người nuôi dưỡng; MTH =
 * surrogate mother, mang thai hộ). Formats follow the QĐ 130/4750 XML9 table of the same certificate: dates
 * {@code yyyyMMdd}, the child's birth {@code yyyyMMddHHmm}, the child's sex 1/2/3, the two birth flags 0/1. The
 * authoritative schema (Phụ lục 02) is not published: which fields are required is the SDK's choice (those a
 * certificate cannot be without).
 */
public enum BirthCertificateField implements CertificateField {
    MA_GCS(FieldFormat.TEXT, true),
    MA_BN(FieldFormat.TEXT, false),
    MA_CT(FieldFormat.TEXT, false),
    SO_SERI(FieldFormat.TEXT, false),
    MA_BHXH_NND(FieldFormat.TEXT, false),
    MA_THE_NND(FieldFormat.TEXT, false),
    HOTEN_NND(FieldFormat.TEXT, true),
    NGAYSINH_NND(FieldFormat.DATE, true),
    MA_DANTOC_NND(FieldFormat.TEXT, false),
    MA_QUOCTICH_NND(FieldFormat.TEXT, false),
    LOAI_GIAYTO_NND(FieldFormat.TEXT, false),
    SO_CCCD_NND(FieldFormat.TEXT, false),
    NGAYCAP_CCCD_NND(FieldFormat.DATE, false),
    NOICAP_CCCD_NND(FieldFormat.TEXT, false),
    NOI_CU_TRU_NND(FieldFormat.TEXT, false),
    MATINH_CU_TRU(FieldFormat.TEXT, false),
    MAHUYEN_CU_TRU(FieldFormat.TEXT, false),
    MAXA_CU_TRU(FieldFormat.TEXT, false),
    HO_TEN_CHA(FieldFormat.TEXT, false),
    MA_THE_TAM(FieldFormat.TEXT, false),
    TEN_CON(FieldFormat.TEXT, false),
    GIOI_TINH_CON(FieldFormat.SEX_123, true),
    SO_CON(FieldFormat.NUMBER, false),
    LAN_SINH(FieldFormat.NUMBER, false),
    SO_CON_SONG(FieldFormat.NUMBER, false),
    CAN_NANG_CON(FieldFormat.NUMBER, false),
    NGAY_SINH_CON(FieldFormat.DATE_TIME, true),
    NOI_SINH_CON(FieldFormat.TEXT, true),
    TINH_TRANG_CON(FieldFormat.TEXT, false),
    SINHCON_PHAUTHUAT(FieldFormat.FLAG, false),
    SINHCON_DUOI32TUAN(FieldFormat.FLAG, false),
    GHI_CHU(FieldFormat.TEXT, false),
    NGUOI_DO_DE(FieldFormat.TEXT, false),
    NGUOI_GHI_PHIEU(FieldFormat.TEXT, false),
    MA_TTDV(FieldFormat.TEXT, true),
    THU_TRUONG_DVI(FieldFormat.TEXT, false),
    NGAY_CT(FieldFormat.DATE, true),
    SO(FieldFormat.TEXT, false),
    QUYEN_SO(FieldFormat.TEXT, false),
    MA_BHXH_MTH(FieldFormat.TEXT, false),
    MA_THE_MTH(FieldFormat.TEXT, false),
    HOTEN_MTH(FieldFormat.TEXT, false),
    NGAYSINH_MTH(FieldFormat.TEXT, false),
    MA_DANTOC_MTH(FieldFormat.TEXT, false),
    MA_QUOCTICH_MTH(FieldFormat.TEXT, false),
    LOAI_GIAYTO_MTH(FieldFormat.TEXT, false),
    SO_CCCD_MTH(FieldFormat.TEXT, false),
    NGAYCAP_CCCD_MTH(FieldFormat.TEXT, false),
    NOICAP_CCCD_MTH(FieldFormat.TEXT, false),
    NOI_CU_TRU_MTH(FieldFormat.TEXT, false),
    MATINH_CU_TRU_MTH(FieldFormat.TEXT, false),
    MAXA_CU_TRU_MTH(FieldFormat.TEXT, false),
    HO_TEN_CHA_MTH(FieldFormat.TEXT, false),
    NGAYSINH_CHA_MTH(FieldFormat.TEXT, false),
    MA_DANTOC_CHA_MTH(FieldFormat.TEXT, false),
    NOI_CU_TRU_CHA_MTH(FieldFormat.TEXT, false),
    MATINH_CU_TRU_CHA_MTH(FieldFormat.TEXT, false),
    MAXA_CU_TRU_CHA_MTH(FieldFormat.TEXT, false),
    LOAI_GIAYTO_CHA_MTH(FieldFormat.TEXT, false),
    SO_CCCD_CHA_MTH(FieldFormat.TEXT, false),
    NGAYCAP_CCCD_CHA_MTH(FieldFormat.TEXT, false),
    NOICAP_CCCD_CHA_MTH(FieldFormat.TEXT, false),
    NGAYSINH_CHA_NND(FieldFormat.TEXT, false),
    MA_DANTOC_CHA_NND(FieldFormat.TEXT, false),
    LOAI_GIAYTO_CHA_NND(FieldFormat.TEXT, false),
    SO_CCCD_CHA_NND(FieldFormat.TEXT, false),
    NGAYCAP_CCCD_CHA_NND(FieldFormat.TEXT, false),
    NOICAP_CCCD_CHA_NND(FieldFormat.TEXT, false),
    CAP_LAN_DAU(FieldFormat.TEXT, false);

    private final FieldFormat format;
    private final boolean required;

    BirthCertificateField(FieldFormat format, boolean required) {
        this.format = format;
        this.required = required;
    }

    @Override
    public FieldFormat format() {
        return format;
    }

    @Override
    public boolean required() {
        return required;
    }
}
