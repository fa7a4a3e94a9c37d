package io.github.egovsdk.civil.interconnect;

import io.github.egovsdk.civil.justice.RegistrationCertificate;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One status push to the DVCLT software ({@code POST …} with {@code trangThai} 1–7): who (mã hồ sơ LT
 * {@code soHoSoLT}, local code {@code maHoSo}, procedure {@code maTTHC}), when ({@code thoiGianThucHien}, written
 * {@code dd/MM/yyyy HH:mm:ss}) and the fields the status carries. Status 4 needs the {@link RegistrationCertificate}
 * (sent as the JSON string {@code ketQuaXuLy}); status 2 needs the supplementation deadline. When
 * {@link Builder#after(InterconnectStatus)} names the previous status, {@link Builder#build()} refuses an illegal
 * transition with {@link IllegalStatusTransitionException}.
 */
public record StatusUpdate(
        InterconnectStatus status,
        String interconnectCode,
        String localCode,
        String procedureCode,
        LocalDateTime at,
        String note,
        String handler,
        String title,
        String department,
        String action,
        LocalDateTime startedAt,
        LocalDateTime dueAt,
        LocalDateTime supplementDeadline,
        RegistrationCertificate certificate) {

    public static Builder builder(InterconnectStatus status) {
        return new Builder(status);
    }

    @Override
    public String toString() {
        return "StatusUpdate[" + status.code() + " " + status + ", " + interconnectCode + " / " + localCode + "]";
    }

    /** Builder of {@link StatusUpdate}. */
    public static final class Builder {
        private final InterconnectStatus status;
        private InterconnectStatus previous;
        private boolean checkTransition;
        private String interconnectCode;
        private String localCode;
        private String procedureCode;
        private LocalDateTime at;
        private String note;
        private String handler;
        private String title;
        private String department;
        private String action;
        private LocalDateTime startedAt;
        private LocalDateTime dueAt;
        private LocalDateTime supplementDeadline;
        private RegistrationCertificate certificate;

        private Builder(InterconnectStatus status) {
            this.status = Objects.requireNonNull(status, "status");
        }

        /** The status last pushed for this dossier (null = none yet): the transition is then checked. */
        public Builder after(InterconnectStatus previous) {
            this.previous = previous;
            this.checkTransition = true;
            return this;
        }

        /** mã hồ sơ LT ({@code soHoSoLT}) and the local one-stop code ({@code maHoSo}). */
        public Builder dossier(String interconnectCode, String localCode) {
            this.interconnectCode = interconnectCode;
            this.localCode = localCode;
            return this;
        }

        /** The DVCLT procedure code from the dossier's detail ({@code maTTHC}). */
        public Builder procedureCode(String procedureCode) {
            this.procedureCode = procedureCode;
            return this;
        }

        /** thời gian thực hiện. */
        public Builder at(LocalDateTime at) {
            this.at = at;
            return this;
        }

        /** ghi chú (the reason for 2 and 6). */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** người xử lý, chức danh, phòng ban xử lý. */
        public Builder handler(String handler, String title, String department) {
            this.handler = handler;
            this.title = title;
            this.department = department;
            return this;
        }

        /** nội dung xử lý. */
        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /** ngày bắt đầu and ngày kết thúc theo quy định. */
        public Builder period(LocalDateTime startedAt, LocalDateTime dueAt) {
            this.startedAt = startedAt;
            this.dueAt = dueAt;
            return this;
        }

        /** hạn bổ sung hồ sơ. */
        public Builder supplementDeadline(LocalDateTime deadline) {
            this.supplementDeadline = deadline;
            return this;
        }

        /** The ministry's result, for status 4 ({@code ketQuaXuLy}). */
        public Builder certificate(RegistrationCertificate certificate) {
            this.certificate = certificate;
            return this;
        }

        public StatusUpdate build() {
            List<Violation> v = new ArrayList<>();
            require(v, interconnectCode, "soHoSoLT", "mã hồ sơ liên thông");
            require(v, localCode, "maHoSo", "mã hồ sơ một cửa");
            require(v, procedureCode, "maTTHC", "mã thủ tục");
            if (at == null) {
                v.add(new Violation(
                        "thoiGianThucHien",
                        "NotNull",
                        "thoiGianThucHien is required / Thời gian thực" + " hiện là bắt buộc",
                        null));
            }
            if (status == InterconnectStatus.RESULT_READY && certificate == null) {
                v.add(new Violation(
                        "ketQuaXuLy",
                        "NotNull",
                        "status 4 needs the ministry's result / Trạng thái 4" + " cần kết quả xử lý",
                        null));
            }
            if (status == InterconnectStatus.SUPPLEMENT_REQUESTED && supplementDeadline == null) {
                v.add(new Violation(
                        "hanBoSungHoSo",
                        "NotNull",
                        "status 2 needs a supplementation deadline / Trạng" + " thái 2 cần hạn bổ sung hồ sơ",
                        null));
            }
            if (!v.isEmpty()) {
                throw new ValidationException("status update " + status.code(), v);
            }
            if (checkTransition) {
                InterconnectStatus.requireTransition(previous, status);
            }
            return new StatusUpdate(
                    status,
                    interconnectCode,
                    localCode,
                    procedureCode,
                    at,
                    note,
                    handler,
                    title,
                    department,
                    action,
                    startedAt,
                    dueAt,
                    supplementDeadline,
                    certificate);
        }

        private static void require(List<Violation> v, String value, String field, String vi) {
            if (value == null || value.isBlank()) {
                v.add(new Violation(field, "NotBlank", field + " is required / " + vi + " là bắt buộc", null));
            }
        }
    }
}
