package io.github.egovsdk.health;

/** Replies in the gateway's published shapes (composed with placeholder data), shared by the tests. */
final class EgwReplies {
    static final String CARD = "GD4010100000001";
    static final String ID = "001099012345";
    static final String OFFICER_ID = "079088000111";
    static final String NAME = "Nguyễn Văn Thử";
    static final String OFFICER = "Trần Thị Cán Bộ";

    private EgwReplies() {}

    static String token(String access, String idToken, String expiresIn) {
        return "{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"" + access + "\",\"id_token\":\"" + idToken
                + "\",\"token_type\":\"Bearer\",\"username\":\"01000_BV\",\"expires_in\":" + expiresIn + "}}";
    }

    static String check(String code) {
        return "{\"maKetQua\":\"" + code + "\",\"ghiChu\":\"Thẻ còn giá trị sử dụng. Họ tên: " + NAME + "\","
                + "\"maThe\":\"" + CARD + "\",\"hoTen\":\"" + NAME + "\",\"ngaySinh\":\"01/01/1999\","
                + "\"gioiTinh\":\"Nam\",\"diaChi\":\"Thôn Z, Xã Y\",\"maDKBD\":\"01000\",\"cqBHXH\":\"BHXH Hà Nội\","
                + "\"gtTheTu\":\"01/01/2026\",\"gtTheDen\":\"31/12/2026\",\"maKV\":\"\",\"ngayDu5Nam\":\"01/01/2024\","
                + "\"maSoBHXH\":\"0199012345\",\"maTheCu\":\"GD4010100000000\",\"maTheMoi\":\"GD4010100000002\","
                + "\"gtTheTuMoi\":\"01/01/2027\",\"gtTheDenMoi\":\"31/12/2027\",\"maDKBDMoi\":\"01001\","
                + "\"tenDKBDMoi\":\"Trạm y tế mẫu\",\"dsLichSuKCB2018\":[{\"maHoSo\":\"HS1\",\"maCSKCB\":\"01000\","
                + "\"ngayVao\":\"202601051430\",\"ngayRa\":\"202601061000\",\"tenBenh\":\"\",\"tinhTrang\":\"1\","
                + "\"kqDieuTri\":\"1\",\"lyDoVV\":\"1\",\"TEMP1\":\"DN01\",\"TEMP2\":\"Công ty mẫu\",\"TEMP3\":\"\"}],"
                + "\"dsLichSuKT2018\":[{\"userKT\":\"01000_BV\",\"thoiGianKT\":\"202604251631\",\"thongBao\":"
                + "\"Thông tin thẻ chính xác\",\"maLoi\":\"000\"},{\"userKT\":\"01001_BV\",\"thoiGianKT\":"
                + "\"202604251031\",\"thongbao\":\"Sai họ tên\",\"maLoi\":\"060\"}]}";
    }
}
