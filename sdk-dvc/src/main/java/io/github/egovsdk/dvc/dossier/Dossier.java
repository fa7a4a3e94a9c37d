package io.github.egovsdk.dvc.dossier;

import io.github.egovsdk.core.validation.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A dossier (hồ sơ thủ tục hành chính) with the national portal's field set ({@code DongBoHoSoMC}), including the
 * 2025 additions (submission place, digitised components, VNeID-verified account, online payment, refusal date,
 * applicant identity numbers, connected databases). All times are Vietnam local time (Asia/Ho_Chi_Minh); on the wire
 * they become {@code yyyyMMddHHmmss}. Build with {@link #builder()}; {@link Builder#build()} validates every
 * constraint and names each broken field. {@link #toString()} masks the applicant's personal data.
 *
 * <p>Example:
 * <pre>{@code
 * Dossier dossier = Dossier.builder()
 *         .code(DossierCodeGenerator.inMemory().next("000.00.00.H27"))
 *         .procedure("1.001234", "Cấp bản sao trích lục hộ tịch")
 *         .channel(Channel.ONLINE)
 *         .applicant(Applicant.citizen(fullName, personalId).withTechId(techId))
 *         .receivedAt(received).dueAt(WorkingCalendar.vietnam().dueDateInWorkingDays(received, 3).due())
 *         .status(DossierStatus.ACCEPTED)
 *         .build();                       // ValidationException naming every broken field
 * Dossier processing = dossier.toBuilder().status(dossier.status().moveTo(DossierStatus.PROCESSING)).build();
 * }</pre>
 *
 * @param code                 {@code MaHoSo} — dossier code (mã hồ sơ), the key of the portal's upsert
 * @param procedureCode        {@code MaTTHC} — procedure code (mã thủ tục hành chính)
 * @param procedureName        {@code TenTTHC}
 * @param sectorCode           {@code MaLinhVuc} — field (lĩnh vực); may be null
 * @param sectorName           {@code TenLinhVuc}; may be null
 * @param channel              {@code KenhThucHien}
 * @param receiptNumber        {@code SoBienNhan} — receipt number (số biên nhận); may be null
 * @param applicant            {@code ChuHoSo, SoGiayToChuHoSo, LoaiDoiTuong, MaDoiTuong, …, DinhDanhCHS}
 * @param summary              {@code TrichYeuHoSo} — abstract (trích yếu); may be null
 * @param receivedAt           {@code NgayTiepNhan} — received (ngày tiếp nhận)
 * @param dueAt                {@code NgayHenTra} — appointment date (ngày hẹn trả), not before {@code receivedAt}
 * @param returnedAt           {@code NgayTra} — result returned; required in status 10
 * @param processingEndedAt    {@code NgayKetThucXuLy}; may be null
 * @param status               {@code TrangThaiHoSo}
 * @param returnInfo           {@code ThongTinTra}; may be null
 * @param returnMethod         {@code HinhThuc} — direct or postal; may be null
 * @param handlingUnit         {@code DonViXuLy}; may be null
 * @param note                 {@code GhiChu}; may be null
 * @param documents            {@code TaiLieuNop}
 * @param fees                 {@code DanhSachLePhi}
 * @param otherAttachments     {@code DanhSachTepDinhKemKhac}
 * @param supplements          {@code DanhSachHoSoBoSung}
 * @param results              {@code DanhSachGiayToKetQua}
 * @param submissionPlace      {@code NoiNopHoSo} (2025); may be null
 * @param hasDigitisedComponents {@code HoSoCoThanhPhanSoHoa} (2025)
 * @param vneidVerified        {@code TaiKhoanDuocXacThucVoiVNeID} (2025) — the account was verified with VNeID
 * @param paidOnline           {@code DuocThanhToanTrucTuyen} (2025) — fees were paid online
 * @param rejectedAt           {@code NgayTuChoi} (2025); may be null
 * @param submittedAt          {@code NgayNopHoSo} (2025); may be null
 * @param connectedDatabases   {@code DSKetNoiCSDL[].MaCSDL} (2025) — national databases consulted
 */
public record Dossier(
        @NotBlank @Size(max = 50) String code,
        @NotBlank String procedureCode,
        @NotBlank String procedureName,
        String sectorCode,
        String sectorName,
        @NotNull Channel channel,
        String receiptNumber,
        @NotNull @Valid Applicant applicant,
        String summary,
        @NotNull LocalDateTime receivedAt,
        @NotNull LocalDateTime dueAt,
        LocalDateTime returnedAt,
        LocalDateTime processingEndedAt,
        @NotNull DossierStatus status,
        String returnInfo,
        ReturnMethod returnMethod,
        String handlingUnit,
        String note,
        @NotNull List<@Valid @NotNull SubmittedDocument> documents,
        @NotNull List<@Valid @NotNull DossierFee> fees,
        @NotNull List<@Valid @NotNull OtherAttachment> otherAttachments,
        @NotNull List<@Valid @NotNull SupplementRequest> supplements,
        @NotNull List<@Valid @NotNull ResultDocument> results,
        String submissionPlace,
        boolean hasDigitisedComponents,
        boolean vneidVerified,
        boolean paidOnline,
        LocalDateTime rejectedAt,
        LocalDateTime submittedAt,
        @NotNull List<@NotBlank String> connectedDatabases) {

    public Dossier {
        documents = copy(documents);
        fees = copy(fees);
        otherAttachments = copy(otherAttachments);
        supplements = copy(supplements);
        results = copy(results);
        connectedDatabases = copy(connectedDatabases);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this dossier's values, to change some (e.g. the status) and build again. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.procedureCode = procedureCode;
        b.procedureName = procedureName;
        b.sectorCode = sectorCode;
        b.sectorName = sectorName;
        b.channel = channel;
        b.receiptNumber = receiptNumber;
        b.applicant = applicant;
        b.summary = summary;
        b.receivedAt = receivedAt;
        b.dueAt = dueAt;
        b.returnedAt = returnedAt;
        b.processingEndedAt = processingEndedAt;
        b.status = status;
        b.returnInfo = returnInfo;
        b.returnMethod = returnMethod;
        b.handlingUnit = handlingUnit;
        b.note = note;
        b.documents.addAll(documents);
        b.fees.addAll(fees);
        b.otherAttachments.addAll(otherAttachments);
        b.supplements.addAll(supplements);
        b.results.addAll(results);
        b.submissionPlace = submissionPlace;
        b.hasDigitisedComponents = hasDigitisedComponents;
        b.vneidVerified = vneidVerified;
        b.paidOnline = paidOnline;
        b.rejectedAt = rejectedAt;
        b.submittedAt = submittedAt;
        b.connectedDatabases.addAll(connectedDatabases);
        return b;
    }

    /** The appointment date is not before the receipt (ngày hẹn trả không trước ngày tiếp nhận). */
    @AssertTrue(
            message = "dueAt (NgayHenTra) must not be before receivedAt / Ngày hẹn trả không được trước ngày"
                    + " tiếp nhận")
    public boolean isDueNotBeforeReceipt() {
        return receivedAt == null || dueAt == null || !dueAt.isBefore(receivedAt);
    }

    /** A dossier whose result was returned (status 10) says when (NgayTra). */
    @AssertTrue(message = "returnedAt (NgayTra) is required in status 10 / Hồ sơ đã trả kết quả phải có ngày trả")
    public boolean isReturnDatePresentWhenReturned() {
        return status != DossierStatus.RESULT_RETURNED || returnedAt != null;
    }

    @Override
    public String toString() {
        return "Dossier[code=" + code + ", procedure=" + procedureCode + ", status="
                + (status == null ? null : status.code()) + ", channel=" + channel + ", receivedAt=" + receivedAt
                + ", dueAt=" + dueAt
                + ", applicant=" + applicant + ", documents=" + documents.size() + ", fees=" + fees.size()
                + ", supplements=" + supplements.size() + ", results=" + results.size() + ", vneidVerified="
                + vneidVerified + ", paidOnline=" + paidOnline + "]";
    }

    /** Builder of {@link Dossier}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String code;
        private String procedureCode;
        private String procedureName;
        private String sectorCode;
        private String sectorName;
        private Channel channel;
        private String receiptNumber;
        private Applicant applicant;
        private String summary;
        private LocalDateTime receivedAt;
        private LocalDateTime dueAt;
        private LocalDateTime returnedAt;
        private LocalDateTime processingEndedAt;
        private DossierStatus status;
        private String returnInfo;
        private ReturnMethod returnMethod;
        private String handlingUnit;
        private String note;
        private final List<SubmittedDocument> documents = new ArrayList<>();
        private final List<DossierFee> fees = new ArrayList<>();
        private final List<OtherAttachment> otherAttachments = new ArrayList<>();
        private final List<SupplementRequest> supplements = new ArrayList<>();
        private final List<ResultDocument> results = new ArrayList<>();
        private String submissionPlace;
        private boolean hasDigitisedComponents;
        private boolean vneidVerified;
        private boolean paidOnline;
        private LocalDateTime rejectedAt;
        private LocalDateTime submittedAt;
        private final List<String> connectedDatabases = new ArrayList<>();

        private Builder() {}

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder code(DossierCode code) {
            return code(code.value());
        }

        public Builder procedure(String code, String name) {
            this.procedureCode = code;
            this.procedureName = name;
            return this;
        }

        public Builder procedure(ProcedureCode code, String name) {
            return procedure(code.raw(), name);
        }

        public Builder sector(String code, String name) {
            this.sectorCode = code;
            this.sectorName = name;
            return this;
        }

        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        public Builder receiptNumber(String receiptNumber) {
            this.receiptNumber = receiptNumber;
            return this;
        }

        public Builder applicant(Applicant applicant) {
            this.applicant = applicant;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder receivedAt(LocalDateTime receivedAt) {
            this.receivedAt = receivedAt;
            return this;
        }

        public Builder dueAt(LocalDateTime dueAt) {
            this.dueAt = dueAt;
            return this;
        }

        public Builder returnedAt(LocalDateTime returnedAt) {
            this.returnedAt = returnedAt;
            return this;
        }

        public Builder processingEndedAt(LocalDateTime processingEndedAt) {
            this.processingEndedAt = processingEndedAt;
            return this;
        }

        public Builder status(DossierStatus status) {
            this.status = status;
            return this;
        }

        public Builder returnInfo(String returnInfo) {
            this.returnInfo = returnInfo;
            return this;
        }

        public Builder returnMethod(ReturnMethod returnMethod) {
            this.returnMethod = returnMethod;
            return this;
        }

        public Builder handlingUnit(String handlingUnit) {
            this.handlingUnit = handlingUnit;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder addDocument(SubmittedDocument document) {
            documents.add(document);
            return this;
        }

        public Builder addFee(DossierFee fee) {
            fees.add(fee);
            return this;
        }

        public Builder addOtherAttachment(OtherAttachment attachment) {
            otherAttachments.add(attachment);
            return this;
        }

        public Builder addSupplement(SupplementRequest supplement) {
            supplements.add(supplement);
            return this;
        }

        public Builder addResult(ResultDocument result) {
            results.add(result);
            return this;
        }

        public Builder submissionPlace(String submissionPlace) {
            this.submissionPlace = submissionPlace;
            return this;
        }

        public Builder hasDigitisedComponents(boolean value) {
            this.hasDigitisedComponents = value;
            return this;
        }

        public Builder vneidVerified(boolean vneidVerified) {
            this.vneidVerified = vneidVerified;
            return this;
        }

        public Builder paidOnline(boolean paidOnline) {
            this.paidOnline = paidOnline;
            return this;
        }

        public Builder rejectedAt(LocalDateTime rejectedAt) {
            this.rejectedAt = rejectedAt;
            return this;
        }

        public Builder submittedAt(LocalDateTime submittedAt) {
            this.submittedAt = submittedAt;
            return this;
        }

        public Builder addConnectedDatabase(String code) {
            connectedDatabases.add(code);
            return this;
        }

        /** Builds and validates; throws {@link io.github.egovsdk.core.ValidationException} naming every broken field.
         * */
        public Dossier build() {
            return Validation.validate(buildUnchecked(), "dossier " + code);
        }

        /** Builds without validation (for what the portal sends back, which may not meet our rules). */
        public Dossier buildUnchecked() {
            return new Dossier(
                    code,
                    procedureCode,
                    procedureName,
                    sectorCode,
                    sectorName,
                    channel,
                    receiptNumber,
                    applicant,
                    summary,
                    receivedAt,
                    dueAt,
                    returnedAt,
                    processingEndedAt,
                    status,
                    returnInfo,
                    returnMethod,
                    handlingUnit,
                    note,
                    documents,
                    fees,
                    otherAttachments,
                    supplements,
                    results,
                    submissionPlace,
                    hasDigitisedComponents,
                    vneidVerified,
                    paidOnline,
                    rejectedAt,
                    submittedAt,
                    connectedDatabases);
        }
    }
}
