package io.github.egovsdk.cli.demo;

import java.util.List;

/** The demo's steps, in order. */
final class DemoSteps {
    private DemoSteps() {}

    record Named(String vi, String en, DemoRun.Step step) {}

    static List<Named> all() {
        return List.of(
                new Named(
                        "Cơ quan A soạn công văn PDF, ký số PAdES có hình chữ ký và con dấu (Nghị định 30), gắn dấu"
                                + " thời gian",
                        "Agency A makes a PDF letter and signs it PAdES with a visible Decree-30"
                                + " signature and seal, time-stamped by the sandbox TSA",
                        AxisSteps::signLetter),
                new Named(
                        "Cơ quan A đóng gói edXML và gửi qua trục liên thông tới cơ quan B và C",
                        "A wraps it in edXML and sends it through the sandbox axis to agencies B and C",
                        AxisSteps::send),
                new Named(
                        "Cơ quan B nhận văn bản, kiểm tra chữ ký, vào sổ và gửi trạng thái 01 rồi 03",
                        "B's receive loop downloads it, verifies the signature, records it, answers status 01 then 03",
                        AxisSteps::receiveAtB),
                new Named(
                        "Cơ quan A theo dõi trạng thái xử lý của các nơi nhận",
                        "A's tracker shows the recipients' statuses",
                        AxisSteps::trackAtA),
                new Named(
                        "Công dân đăng nhập qua VNeID (mức 2), số định danh được đối chiếu với CSDL quốc gia về dân cư",
                        "A citizen logs in through the sandbox VNeID (level 2); their ID is checked against the sandbox"
                                + " population DB",
                        CitizenSteps::login),
                new Named(
                        "Bộ phận một cửa tiếp nhận hồ sơ: mã hồ sơ, ngày hẹn trả qua Tết 2026, đồng bộ cổng DVCQG, "
                                + "thu phí"
                                + " qua nền tảng thanh toán, trả kết quả (trạng thái 10)",
                        "The one-stop office receives the dossier: code, appointment date across Tết 2026, portal sync,"
                                + " fee through the payment platform, result returned (status 10)",
                        OneStopSteps::receiveDossier),
                new Named(
                        "Một cửa tra cứu công dân qua LGSP tỉnh (SOAP CSDL dân cư); phòng khám đọc CCCD và kiểm tra thẻ"
                                + " BHYT qua cổng BHXH",
                        "The one-stop office looks the citizen up through the province's LGSP"
                                + " (population-DB SOAP); a clinic reads their chip ID card and checks their health "
                                + "insurance"
                                + " with the Social Security gateway",
                        HealthSteps::lgspAndClinic),
                new Named(
                        "Khai sinh liên thông: hồ sơ của trẻ sơ sinh từ Cổng DVCQG, một cửa chuyển Bộ Tư pháp, cấp giấy"
                                + " khai sinh, trạng thái 1→3→7→4 về DVCLT",
                        "Interconnected birth registration: a newborn's"
                                + " dossier arrives from the portal, the office forwards it, the ministry issues the"
                                + " certificate, statuses 1→3→7→4 reach the portal",
                        CivilSteps::birthRegistration));
    }
}
