package io.github.egovsdk.core.vn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A province or centrally-run city (tỉnh / thành phố trực thuộc trung ương) of the 63-unit map in force until
 * 30 June 2025, with the 3-digit code used in personal ID numbers (Circular 07/2016/TT-BCA Annex I, restated by
 * Circular 59/2021/TT-BCA), and its successor among the 34 units formed by National Assembly Resolution
 * 202/2025/QH15 of 12 June 2025 (in operation from 1 July 2025).
 *
 * <p>Personal ID numbers keep the code of the province where the birth was <em>registered</em>; documents issued
 * before the merger stay valid, so every one of the 63 codes remains valid input.
 *
 * @param code          3-digit personal-ID code, e.g. {@code 001}
 * @param name          Vietnamese name before 1 July 2025, e.g. {@code Hà Nội}
 * @param successorName Vietnamese name of the unit it belongs to since 1 July 2025 (Resolution 202/2025/QH15)
 */
public record Province(String code, String name, String successorName) {
    private static final Map<String, Province> BY_CODE;

    static {
        Map<String, Province> m = new LinkedHashMap<>();
        String[][] rows = {
            {"001", "Hà Nội", "Hà Nội"},
            {"002", "Hà Giang", "Tuyên Quang"},
            {"004", "Cao Bằng", "Cao Bằng"},
            {"006", "Bắc Kạn", "Thái Nguyên"},
            {"008", "Tuyên Quang", "Tuyên Quang"},
            {"010", "Lào Cai", "Lào Cai"},
            {"011", "Điện Biên", "Điện Biên"},
            {"012", "Lai Châu", "Lai Châu"},
            {"014", "Sơn La", "Sơn La"},
            {"015", "Yên Bái", "Lào Cai"},
            {"017", "Hòa Bình", "Phú Thọ"},
            {"019", "Thái Nguyên", "Thái Nguyên"},
            {"020", "Lạng Sơn", "Lạng Sơn"},
            {"022", "Quảng Ninh", "Quảng Ninh"},
            {"024", "Bắc Giang", "Bắc Ninh"},
            {"025", "Phú Thọ", "Phú Thọ"},
            {"026", "Vĩnh Phúc", "Phú Thọ"},
            {"027", "Bắc Ninh", "Bắc Ninh"},
            {"030", "Hải Dương", "Hải Phòng"},
            {"031", "Hải Phòng", "Hải Phòng"},
            {"033", "Hưng Yên", "Hưng Yên"},
            {"034", "Thái Bình", "Hưng Yên"},
            {"035", "Hà Nam", "Ninh Bình"},
            {"036", "Nam Định", "Ninh Bình"},
            {"037", "Ninh Bình", "Ninh Bình"},
            {"038", "Thanh Hóa", "Thanh Hóa"},
            {"040", "Nghệ An", "Nghệ An"},
            {"042", "Hà Tĩnh", "Hà Tĩnh"},
            {"044", "Quảng Bình", "Quảng Trị"},
            {"045", "Quảng Trị", "Quảng Trị"},
            {"046", "Thừa Thiên Huế", "Huế"},
            {"048", "Đà Nẵng", "Đà Nẵng"},
            {"049", "Quảng Nam", "Đà Nẵng"},
            {"051", "Quảng Ngãi", "Quảng Ngãi"},
            {"052", "Bình Định", "Gia Lai"},
            {"054", "Phú Yên", "Đắk Lắk"},
            {"056", "Khánh Hòa", "Khánh Hòa"},
            {"058", "Ninh Thuận", "Khánh Hòa"},
            {"060", "Bình Thuận", "Lâm Đồng"},
            {"062", "Kon Tum", "Quảng Ngãi"},
            {"064", "Gia Lai", "Gia Lai"},
            {"066", "Đắk Lắk", "Đắk Lắk"},
            {"067", "Đắk Nông", "Lâm Đồng"},
            {"068", "Lâm Đồng", "Lâm Đồng"},
            {"070", "Bình Phước", "Đồng Nai"},
            {"072", "Tây Ninh", "Tây Ninh"},
            {"074", "Bình Dương", "Hồ Chí Minh"},
            {"075", "Đồng Nai", "Đồng Nai"},
            {"077", "Bà Rịa – Vũng Tàu", "Hồ Chí Minh"},
            {"079", "Hồ Chí Minh", "Hồ Chí Minh"},
            {"080", "Long An", "Tây Ninh"},
            {"082", "Tiền Giang", "Đồng Tháp"},
            {"083", "Bến Tre", "Vĩnh Long"},
            {"084", "Trà Vinh", "Vĩnh Long"},
            {"086", "Vĩnh Long", "Vĩnh Long"},
            {"087", "Đồng Tháp", "Đồng Tháp"},
            {"089", "An Giang", "An Giang"},
            {"091", "Kiên Giang", "An Giang"},
            {"092", "Cần Thơ", "Cần Thơ"},
            {"093", "Hậu Giang", "Cần Thơ"},
            {"094", "Sóc Trăng", "Cần Thơ"},
            {"095", "Bạc Liêu", "Cà Mau"},
            {"096", "Cà Mau", "Cà Mau"},
        };
        for (String[] r : rows) {
            m.put(r[0], new Province(r[0], r[1], r[2]));
        }
        BY_CODE = Collections.unmodifiableMap(m);
    }

    /** The 63 provinces before 1 July 2025, in code order. */
    public static List<Province> before2025Merger() {
        return List.copyOf(BY_CODE.values());
    }

    /** The 34 provincial-level units since 1 July 2025 (Resolution 202/2025/QH15), by Vietnamese name. */
    public static List<String> after2025Merger() {
        return BY_CODE.values().stream()
                .map(Province::successorName)
                .distinct()
                .sorted()
                .toList();
    }

    /** The provinces (before the merger) that form a unit of the post-2025 map, e.g. Ninh Bình ← Hà Nam, Nam Định, Ninh
     * Bình. */
    public static List<Province> formedFrom(String successorName) {
        return BY_CODE.values().stream()
                .filter(p -> p.successorName.equals(successorName))
                .toList();
    }

    /** Lookup by 3-digit personal-ID code ({@code "001"}) or 2-digit administrative code ({@code "38"}). */
    public static Optional<Province> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        if (c.length() == 2 && c.chars().allMatch(Character::isDigit)) {
            c = "0" + c;
        }
        return Optional.ofNullable(BY_CODE.get(c));
    }
}
