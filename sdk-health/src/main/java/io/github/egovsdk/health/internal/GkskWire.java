package io.github.egovsdk.health.internal;

import io.github.egovsdk.core.vn.Gender;
import io.github.egovsdk.health.DrivingLicenceCertificate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The GKSK body fields, in the order of the published field table; dates {@code dd/MM/yyyy}; all strings. */
public final class GkskWire {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private GkskWire() {}

    public static Map<String, String> fields(
            DrivingLicenceCertificate c, String action, String maleCode, String femaleCode) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("SO", c.number());
        m.put("HOTEN", c.fullName());
        m.put("GIOITINHVAL", c.gender() == Gender.MALE ? maleCode : femaleCode);
        m.put("NGAYSINH", d(c.birthDate()));
        m.put("DIACHITHUONGTRU", c.permanentAddress());
        m.put("MATINH_THUONGTRU", c.provinceCode());
        m.put("MAHUYEN_THUONGTRU", c.districtCode());
        m.put("MAXA_THUONGTRU", c.wardCode());
        m.put("SOCMND_PASSPORT", c.idNumber());
        m.put("NGAYTHANGNAMCAPCMND", d(c.idIssueDate()));
        m.put("NOICAP", c.idIssuePlace());
        m.put("IDBENHVIEN", c.facilityCode());
        m.put("BENHVIEN", c.facilityName());
        m.put("NONGDOCON", c.alcohol());
        m.put("DVINONGDOCON", c.alcoholUnit().code());
        m.put("MATUY", c.drugPositive() ? "1" : "0");
        m.put("NGAYKETLUAN", d(c.conclusionDate()));
        m.put("BACSYKETLUAN", c.concludingDoctor());
        m.put("KETLUAN", c.conclusion());
        m.put("HANGBANGLAI", c.licenceClass());
        if (c.reExamDate() != null) {
            m.put("NGAYKHAMLAI", d(c.reExamDate()));
        }
        if (c.reasonNotFit() != null && !c.reasonNotFit().isBlank()) {
            m.put("LYDO", c.reasonNotFit());
        }
        if (c.currentConditions() != null && !c.currentConditions().isBlank()) {
            m.put("TINHTRANGBENH", c.currentConditions());
        }
        m.put("STATE", action);
        return m;
    }

    private static String d(LocalDate date) {
        return date.format(DATE);
    }
}
