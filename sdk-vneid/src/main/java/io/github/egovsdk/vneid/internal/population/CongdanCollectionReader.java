package io.github.egovsdk.vneid.internal.population;

import static io.github.egovsdk.core.gateway.SoapEnvelopes.child;
import static io.github.egovsdk.core.gateway.SoapEnvelopes.text;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.vneid.population.CitizenAddress;
import io.github.egovsdk.vneid.population.CitizenRecord;
import io.github.egovsdk.vneid.population.Relative;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads {@code CongdanCollection} (namespace {@code http://www.mic.gov.vn/dancu/1.0} — or any namespace, or none,
 * since replies differ) into records: the published schema's fields and the richer set a province consumes.
 * {@code HoVaTen} is read whether structured ({@code Ho, ChuDem, Ten}) or a plain string; {@code NgayThangNam} as
 * {@code yyyyMMdd}, {@code dd/MM/yyyy}, {@code yyyy-MM-dd} or {@code ddMMyyyy} (the format is not documented).
 */
public final class CongdanCollectionReader {
    private static final int MAX_RECORDS = 10_000;
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("ddMMuuuu"));

    private CongdanCollectionReader() {}

    /** The {@code CongdanCollection} at or below {@code content}, or null when there is none. */
    public static Element find(Element content) {
        if ("CongdanCollection".equals(content.getLocalName())) {
            return content;
        }
        NodeList l = content.getElementsByTagNameNS("*", "CongdanCollection");
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    public static List<CitizenRecord> records(Element collection, String requestId) {
        List<CitizenRecord> out = new ArrayList<>();
        for (Node n = collection.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "CongDan".equals(e.getLocalName())) {
                if (out.size() == MAX_RECORDS) {
                    throw new EgovServiceException(
                            200,
                            "TOO_MANY_RECORDS",
                            "More than " + MAX_RECORDS + " records in one reply / quá nhiều bản ghi",
                            requestId,
                            null);
                }
                out.add(record(e));
            }
        }
        return out;
    }

    private static CitizenRecord record(Element c) {
        Optional<LocalDate> dob = Optional.empty();
        Optional<Integer> year = Optional.empty();
        Element birth = child(c, "NgayThangNamSinh");
        if (birth != null) {
            dob = date(text(child(birth, "NgayThangNam")));
            String y = text(child(birth, "Nam"));
            year = y.matches("[0-9]{4}") ? Optional.of(Integer.parseInt(y)) : dob.map(LocalDate::getYear);
        }
        List<Relative> relatives = new ArrayList<>();
        for (String role : new String[] {"Cha", "Me", "VoChong", "NguoiDaiDien", "ChuHo"}) {
            Element r = child(c, role);
            if (r != null) {
                relatives.add(new Relative(
                        role,
                        name(child(r, "HoVaTen")),
                        text(child(r, "SoDinhDanh")),
                        text(child(r, "SoCMND")),
                        text(child(r, "QuocTich")),
                        text(child(r, "QuanHe"))));
            }
        }
        return new CitizenRecord(
                text(child(c, "SoDinhDanh")),
                text(child(c, "SoCMND")),
                name(child(c, "HoVaTen")),
                dob,
                year,
                text(child(c, "GioiTinh")),
                text(child(c, "DanToc")),
                text(child(c, "TonGiao")),
                text(child(c, "TinhTrangHonNhan")),
                text(child(c, "NhomMau")),
                text(child(c, "QuocTich")),
                text(child(c, "ThuDienTu")),
                text(child(c, "MaSoThue")),
                text(child(c, "LoaiTaiKhoan")),
                address(child(c, "NoiDangKyKhaiSinh")),
                address(child(c, "QueQuan")),
                address(child(c, "ThuongTru")),
                address(child(c, "NoiOHienTai")),
                relatives,
                text(child(c, "SoSoHoKhau")));
    }

    /** Structured {@code Ho ChuDem Ten} joined (empty parts skipped), or the element's own text. */
    static String name(Element n) {
        if (n == null) {
            return "";
        }
        if (child(n, "Ten") == null && child(n, "Ho") == null) {
            return text(n);
        }
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {"Ho", "ChuDem", "Ten"}) {
            String t = text(child(n, part));
            if (!t.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(t);
            }
        }
        return sb.toString();
    }

    private static Optional<CitizenAddress> address(Element a) {
        if (a == null) {
            return Optional.empty();
        }
        return Optional.of(new CitizenAddress(
                text(child(a, "MaTinhThanh")),
                text(child(a, "MaQuanHuyen")),
                text(child(a, "MaPhuongXa")),
                text(child(a, "TenTinhThanh")),
                text(child(a, "TenQuanHuyen")),
                text(child(a, "TenPhuongXa")),
                text(child(a, "ChiTiet")),
                text(child(a, "QuocGia"))));
    }

    static Optional<LocalDate> date(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // next layout: not documented
            }
        }
        return Optional.empty();
    }
}
