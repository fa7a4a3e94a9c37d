package io.github.egovsdk.health;

/**
 * The elements of {@code GIAYBAOTU} (giấy báo tử, document type 60), in document order, as a public XML builder for
 * the Social Security gateway writes them. Their formats are not published, so values are only checked to be text
 * without control characters; which fields are required is the SDK's choice (the authoritative schema is not
 * published).
 */
public enum DeathCertificateField implements CertificateField {
    MA_GBT(FieldFormat.TEXT, true),
    MA_BN(FieldFormat.TEXT, false),
    MA_HSBA(FieldFormat.TEXT, false),
    HO_TEN(FieldFormat.TEXT, true),
    NGAY_SINH(FieldFormat.TEXT, false),
    GIOI_TINH(FieldFormat.TEXT, false),
    MA_THE(FieldFormat.TEXT, false),
    MA_DANTOC(FieldFormat.TEXT, false),
    MA_QUOCTICH(FieldFormat.TEXT, false),
    DCHI_THUONGTRU(FieldFormat.TEXT, false),
    MATINH_THUONGTRU(FieldFormat.TEXT, false),
    MAHUYEN_THUONGTRU(FieldFormat.TEXT, false),
    MAXA_THUONGTRU(FieldFormat.TEXT, false),
    DCHI_HIENTAI(FieldFormat.TEXT, false),
    MATINH_HIENTAI(FieldFormat.TEXT, false),
    MAHUYEN_HIENTAI(FieldFormat.TEXT, false),
    MAXA_HIENTAI(FieldFormat.TEXT, false),
    LOAI_GIAYTO(FieldFormat.TEXT, false),
    SO_GIAYTO(FieldFormat.TEXT, true),
    NGAY_CAP(FieldFormat.TEXT, false),
    NOI_CAP(FieldFormat.TEXT, false),
    NGAYGIO_VV(FieldFormat.TEXT, false),
    NGAY_TV(FieldFormat.TEXT, true),
    TINH_TRANG_TV(FieldFormat.TEXT, false),
    NGUYENNHAN_TV(FieldFormat.TEXT, false),
    NGUOI_GHIGIAY(FieldFormat.TEXT, false),
    NGUOI_THANTHICH(FieldFormat.TEXT, false),
    TTRUONG_DVI(FieldFormat.TEXT, false),
    SO_BAOTU(FieldFormat.TEXT, false),
    QUYEN_SO(FieldFormat.TEXT, false),
    NGAY_CAPGIAYBT(FieldFormat.TEXT, false),
    SO_BAOTU_BD(FieldFormat.TEXT, false),
    QUYEN_SO_BD(FieldFormat.TEXT, false),
    MACSKCB(FieldFormat.TEXT, true),
    DIACHI_CSKCB(FieldFormat.TEXT, false),
    MA_BHXH(FieldFormat.TEXT, false),
    BENH_ICD10_ID(FieldFormat.TEXT, false),
    BENH_ICD10_TEN(FieldFormat.TEXT, false);

    private final FieldFormat format;
    private final boolean required;

    DeathCertificateField(FieldFormat format, boolean required) {
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
