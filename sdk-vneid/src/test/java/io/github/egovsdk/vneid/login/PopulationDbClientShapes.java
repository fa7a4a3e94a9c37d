package io.github.egovsdk.vneid.login;

/** A population-DB adapter reply (reference §7.2) with one matching record. */
final class PopulationDbClientShapes {
    private PopulationDbClientShapes() {
    }

    static String reply(String id) {
        String soap = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
                + "<CongdanCollection xmlns='http://www.mic.gov.vn/dancu/1.0' SoCongDan='1'><CongDan><SoDinhDanh>" + id
                + "</SoDinhDanh><HoVaTen><Ho>Nguyễn</Ho><ChuDem>Văn</ChuDem><Ten>Thử</Ten></HoVaTen></CongDan>"
                + "</CongdanCollection></soap:Body></soap:Envelope>";
        return "{\"error_code\":0,\"message\":\"" + soap + "\"}";
    }
}
