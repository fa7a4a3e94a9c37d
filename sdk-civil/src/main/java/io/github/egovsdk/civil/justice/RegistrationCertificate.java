package io.github.egovsdk.civil.justice;

import io.github.egovsdk.civil.CivilModule;
import io.github.egovsdk.core.privacy.Redactor;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The registration the Ministry of Justice's civil-status software completed ({@code ketQuaXuLy} of a result in
 * status 4): the personal ID number assigned to the child (số định danh, birth only), the registration date, the
 * register number, book and page (số đăng ký, quyển số, trang số), the subject's name and the certificate PDF (giấy
 * khai sinh / giấy khai tử, sent base64). {@link #fields()} keeps every field of the ministry's result as received
 * (address objects flattened to their text), so that it can be forwarded whole to the DVCLT software.
 * {@link #toString()} shows no personal data.
 */
public final class RegistrationCertificate {
    private final CivilModule module;
    private final String personalId;
    private final LocalDate registeredOn;
    private final String registerNumber;
    private final String book;
    private final String page;
    private final String subjectName;
    private final String resultCode;
    private final byte[] pdf;
    private final Map<String, String> fields;

    public RegistrationCertificate(
            CivilModule module,
            String personalId,
            LocalDate registeredOn,
            String registerNumber,
            String book,
            String page,
            String subjectName,
            String resultCode,
            byte[] pdf,
            Map<String, String> fields) {
        this.module = Objects.requireNonNull(module, "module");
        this.personalId = personalId;
        this.registeredOn = registeredOn;
        this.registerNumber = registerNumber;
        this.book = book;
        this.page = page;
        this.subjectName = subjectName;
        this.resultCode = resultCode;
        this.pdf = pdf == null ? new byte[0] : pdf.clone();
        this.fields = Map.copyOf(fields);
    }

    public CivilModule module() {
        return module;
    }

    /** số định danh cá nhân assigned to the child; null for a death registration. */
    public String personalId() {
        return personalId;
    }

    /** ngày đăng ký ({@code dd/MM/yyyy} on the wire). */
    public LocalDate registeredOn() {
        return registeredOn;
    }

    public String registerNumber() {
        return registerNumber;
    }

    public String book() {
        return book;
    }

    public String page() {
        return page;
    }

    public String subjectName() {
        return subjectName;
    }

    /** mã giấy tờ kết quả on the portal; null when the ministry sent none. */
    public String resultCode() {
        return resultCode;
    }

    /** A copy of the certificate PDF's bytes (empty when none was sent). */
    public byte[] pdf() {
        return pdf.clone();
    }

    /** Every field received, wire names → text (addresses as their {@code dcChiTiet}); the PDF is not in it. */
    public Map<String, String> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return "RegistrationCertificate[" + module + ", personalId="
                + (personalId == null ? null : Redactor.maskPersonalId(personalId)) + ", registerNumber="
                + registerNumber + ", book=" + book
                + ", pdf=" + pdf.length + " bytes]";
    }
}
