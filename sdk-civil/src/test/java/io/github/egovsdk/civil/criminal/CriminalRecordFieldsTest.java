package io.github.egovsdk.civil.criminal;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.civil.CivilFixtures;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.civil.registration.RegistrationProblem;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every field of the criminal-record declaration, result and state (interconnected-services §1.6), typed. */
class CriminalRecordFieldsTest {
    /** VNeID's request with every field of {@code LLTP_VNEIDParams.Request} (placeholder data). */
    static final String FULL = "{\"maTinh\":\"38\",\"tenTinh\":\"Thanh Hóa\",\"maHoSoMCDT\":\"H56.99-250101-0002\","
            + "\"ngayTiepNhan\":\"01/01/2025\",\"nguonDangKy\":2,\"tenNguonDangKy\":\"VNeID\",\"toKhai\":{"
            + "\"loaiPhieu\":2,\"yeuCauCDNCV\":1,\"maMucDich\":3,\"tenMucDich\":\"Khác\",\"mucDichKhac\":\"Du học\","
            + "\"soLuongCap\":2,\"nycHoTen\":\"NGUYEN VAN A\",\"nycTenGoiKhac\":\"A NHO\",\"nycGioiTinh\":0,"
            + "\"nycTenGioiTinh\":\"Nữ\",\"nycNgaySinh\":\"01/01/1990\",\"nycDoiTuongNopPhi\":\"1\","
            + "\"nycTenDoiTuongNopPhi\":\"Thông thường\",\"nycThuongTru\":{\"maTinhThanh\":\"38\",\"tenTinhThanh\":"
            + "\"Thanh Hóa\",\"maQuanHuyen\":\"380\",\"tenQuanHuyen\":\"TP Thanh Hóa\",\"maPhuongXa\":\"14755\","
            + "\"tenPhuongXa\":\"Phường X\",\"chiTiet\":\"Số 1 đường Y\",\"tenQuocGia\":\"Việt Nam\"},\"nycTamTru\":"
            + "{\"chiTiet\":\"Số 2 đường Z\"},\"nycDienThoai\":\"0900000000\",\"nycEmail\":\"a@example.com\","
            + "\"nycLoaiGiayTo\":1,\"nycTenLoaiGiayTo\":\"CCCD\",\"nycSoGiayTo\":\"000000000000\","
            + "\"nycNgayCapGiayTo\":\"02/02/2021\",\"nycNoiCapGiayTo\":\"Cục CSQLHC về TTXH\",\"nycQuocTich\":\"3106\","
            + "\"nycTenQuocTich\":\"Việt Nam\",\"nycDanToc\":\"55305\",\"nycTenDanToc\":\"Kinh\",\"nycHoTenCha\":"
            + "\"NGUYEN VAN B\",\"chaNamSinh\":1960,\"nycHoTenMe\":\"TRAN THI C\",\"meNamSinh\":1962,"
            + "\"nycHoTenVoChong\":\"LE VAN D\",\"voChongNamSinh\":1988,\"nycNoiSinh\":{\"maTinhThanh\":\"38\","
            + "\"maQuocGia\":\"VN\",\"tenQuocGia\":\"Việt Nam\",\"dcChiTiet\":\"Bệnh viện X\"},\"uyQuyen\":1,"
            + "\"thongTinUyQuyen\":{\"nuqHoTen\":\"PHAM VAN E\",\"nuqGioiTinh\":1,\"nuqNgaySinh\":\"03/03/1985\","
            + "\"nuqLoaiGiayto\":1,\"nuqSoGiayTo\":\"000000000001\",\"nuqNoiDKKS\":\"Xã Y\",\"nuqNoiOHienTai\":"
            + "\"Số 3 đường W\",\"nuqQuanHe\":{\"ma\":\"ANH\",\"ten\":\"Anh trai\"},\"nuqNgayKyVanBanUyQuyen\":"
            + "\"20/12/2024\"},\"thongTinAnTich\":\"Không\",\"quaTrinhCTNNNLV\":[{\"tuThangNam\":\"01/2004\","
            + "\"denThangNam\":\"06/2012\",\"loaiCuTru\":\"1\",\"diaChiCuTru\":\"Thanh Hóa\",\"ngheNghiep\":\"Học "
            + "sinh\","
            + "\"noiLamViec\":\"Trường Z\"},{\"tuThangNam\":\"2012-09\",\"diaChiCuTru\":\"Hà Nội\","
            + "\"ngheNghiep\":\"Kỹ sư\"}],\"thongTinThanhToan\":{\"nhomDoiTuong\":\"1\",\"tenNhomDoiTuong\":"
            + "\"Thông thường\",\"phiLLTP\":200000,\"phiCapThemBanGiay\":\"5.000\",\"hinhThucNhanBanGiay\":\"2\","
            + "\"tenHinhThucNhanBanGiay\":\"Bưu chính\",\"diaChiNhan\":\"Số 1 đường Y\",\"tongPhi\":205000},"
            + "\"giayToDinhKem\":[{\"ma\":\"CCCD\",\"ten\":\"Căn cước\",\"danhSach\":[{\"loai\":\"pdf\",\"duLieu\":"
            + "\"JVBERi0x\"}]}]},\"thongTinBienLai\":{\"maDichVu\":\"2\",\"maDVC\":\"1.004876\",\"tenDVC\":\"LLTP\","
            + "\"maTTHC\":\"1.004876\",\"tenTTHC\":\"Cấp phiếu LLTP\",\"maDonVi\":\"000.00.12.H56\",\"tenDonVi\":"
            + "\"Sở Tư pháp\",\"tkThuHuong\":\"000111\",\"maNhThuHuong\":\"NH01\",\"tenTkThuHuong\":\"STP\","
            + "\"dSKhoanNop\":[{\"NoiDung\":\"Phí LLTP\",\"SoTien\":205000}],\"trangThaiGD\":\"1\",\"tenTrangThaiGD\":"
            + "\"Thành công\",\"urlBienLai\":\"https://bienlai.example.gov.vn/1\"}}";

    private WireMockServer wm;
    private CriminalRecordClient client;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        client = CriminalRecordClient.builder()
                .endpoint(wm.baseUrl())
                .authKey("auth-KHONG-DUNG-THAT")
                .province("38", "Thanh Hóa")
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        wm.stop();
    }

    @Test
    void intake_whenEveryVneidFieldSent_readsEachOneTyped() {
        CriminalRecordApplication a = CriminalRecordIntake.parse(FULL);
        assertThat(a.certificateType()).isEqualTo("2");
        assertThat(a.courtBans()).isTrue();
        assertThat(a.otherPurpose()).isEqualTo("Du học");
        assertThat(a.copies()).isEqualTo(2);
        CriminalRecordApplicant p = a.applicant();
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(p.idIssuedOn()).isEqualTo(LocalDate.of(2021, 2, 2));
        assertThat(p.permanentAddress().districtName()).isEqualTo("TP Thanh Hóa");
        assertThat(p.permanentAddress().detail()).as("VNeID's chiTiet").isEqualTo("Số 1 đường Y");
        assertThat(p.birthPlace().countryCode()).isEqualTo("VN");
        assertThat(p.father().birthYear()).isEqualTo(1960);
        assertThat(p.spouse().name()).isEqualTo("LE VAN D");
        assertThat(p.feePayerGroupName()).isEqualTo("Thông thường");
        assertThat(a.authorised()).isTrue();
        assertThat(a.authorisedPerson().relationship()).isEqualTo("Anh trai");
        assertThat(a.authorisedPerson().authorisationSignedOn()).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(a.residenceHistory())
                .extracting(ResidencePeriod::from)
                .containsExactly(YearMonth.of(2004, 1), YearMonth.of(2012, 9));
        assertThat(a.residenceHistory().get(1).to()).as("until now").isNull();
        assertThat(a.payment().extraCopyFee()).as("a dotted amount").isEqualTo(5000L);
        assertThat(a.payment().total()).isEqualTo(205000L);
        assertThat(a.receipt().items()).singleElement().satisfies(i -> assertThat(i.amount())
                .isEqualTo(205000L));
        assertThat(a.receipt().receiptUrl()).endsWith("/1");
        assertThat(a.toString() + p + a.authorisedPerson()).doesNotContain("NGUYEN", "000000000000", "PHAM");
    }

    @Test
    void submit_whenFullApplication_sendsEveryDataLgspFieldWithTheProductionMappings() {
        wm.stubFor(post(urlEqualTo("/lltp/guiHoSo"))
                .willReturn(okJson("{\"statusDescription\":\"Gửi thông tin" + " thành công\"}")));
        client.submit(CriminalRecordIntake.parse(FULL));
        JsonNode b =
                EgovJson.tryParse(wm.getAllServeEvents().get(0).getRequest().getBodyAsString());
        JsonNode t = b.path("toKhai");
        assertThat(t.path("nycGioiTinh").asString()).as("0 → 2").isEqualTo("2");
        assertThat(t.path("nycQuocTich").asString()).as("3106 → VN").isEqualTo("VN");
        assertThat(t.path("nycDanToc").asString()).as("55305 → 01").isEqualTo("01");
        assertThat(t.path("nycThuongTru").path("dcChiTiet").asString()).isEqualTo("Số 1 đường Y");
        assertThat(t.path("nycThuongTru").path("tenQuanHuyen").asString()).isEqualTo("TP Thanh Hóa");
        assertThat(t.path("chaNgaySinh").asString())
                .as("only the year is known")
                .isEqualTo("1960");
        assertThat(t.path("uyQuyen").asString()).isEqualTo("1");
        assertThat(t.path("uyQuyenHoTen").asString()).isEqualTo("PHAM VAN E");
        assertThat(t.path("nuqSoGiayTo").asString()).isEqualTo("000000000001");
        assertThat(t.path("nuqNgaySinh").asString()).isEqualTo("03/03/1985");
        assertThat(t.path("nyqQuanHe").asString()).isEqualTo("Anh trai");
        assertThat(t.path("mucDichKhac").asString()).isEqualTo("Du học");
        assertThat(t.path("yeuCauCDNCV").asString()).isEqualTo("1");
        assertThat(t.path("nycCuTru")).hasSize(2);
        assertThat(t.path("nycCuTru").get(0).path("tuNgay").asString()).isEqualTo("01/2004");
        assertThat(t.path("nycCuTru").get(0).path("noiCuTru").asString()).isEqualTo("Thanh Hóa");
        assertThat(t.path("fileHoSo").get(0).path("noiDungFile").asString()).isEqualTo("JVBERi0x");
        for (String f : new String[] {
            "ngayHenTra",
            "nycNoiSinhNuocNgoai",
            "nycTenGoiKhac",
            "nycTenGioiTinh",
            "nycTamTru",
            "nycNoiSinh",
            "nycDienThoai",
            "nycEmail",
            "nycTenLoaiGiayTo",
            "nycNgayCapGiayTo",
            "nycNoiCapGiayTo",
            "nycTenQuocTich",
            "nycTenDanToc",
            "chaLoaiGiayTo",
            "chaSoGiayTo",
            "meNgaySinh",
            "meLoaiGiayTo",
            "meSoGiayTo",
            "voChongNgaySinh",
            "voChongLoaiGiayTo",
            "voChongSoGiayTo",
            "nuqTenGoiKhac",
            "nuqGioiTinh",
            "nuqDanToc",
            "nuqTenDanToc",
            "nuqQuocTich",
            "nuqTenQuocTich",
            "nuqEmail",
            "nuqDienThoai",
            "nuqLoaiGiayto",
            "nuqNgayCapGiayTo",
            "nuqNoiCapGiayTo",
            "nuqThuongTruChiTiet",
            "thongTinAnTich"
        }) {
            assertThat(t.has(f)).as(f).isTrue();
        }
        CriminalRecordApplication back =
                CriminalRecordIntake.parse(new String(EgovJson.write(b), StandardCharsets.UTF_8));
        assertThat(back.authorisedPerson().idNumber())
                .as("a DataLGSP is read back")
                .isEqualTo("000000000001");
        assertThat(back.applicant().father().birthYear()).isEqualTo(1960);
        assertThat(back.residenceHistory().get(0).to()).isEqualTo(YearMonth.of(2012, 6));
    }

    @Test
    void intake_whenRulesBroken_namesEveryFieldAndNothingIsSent() {
        String bad = "{\"maTinh\":\"38\",\"maHoSoMCDT\":\"H1\",\"ngayTiepNhan\":\"05/01/2025\",\"toKhai\":{"
                + "\"ngayHenTra\":\"01/01/2025\",\"loaiPhieu\":3,\"soLuongCap\":0,\"nycNgaySinh\":\"1990-13-40\","
                + "\"nycEmail\":\"khong-phai-email\",\"uyQuyen\":1,\"quaTrinhCTNNNLV\":[{\"tuThangNam\":\"05/2010\","
                + "\"denThangNam\":\"01/2009\"},{\"tuThangNam\":\"mùa "
                + "thu\"}],\"thongTinThanhToan\":{\"tongPhi\":\"hai\"}}}";
        assertThatThrownBy(() -> CriminalRecordIntake.parse(bad))
                .isInstanceOfSatisfying(InvalidRegistrationException.class, e -> assertThat(e.problems())
                        .extracting(RegistrationProblem::field)
                        .contains(
                                "toKhai.ngayHenTra",
                                "toKhai.loaiPhieu",
                                "toKhai.soLuongCap",
                                "toKhai.nycNgaySinh",
                                "toKhai.nycHoTen",
                                "toKhai.nycSoGiayTo",
                                "toKhai.nycEmail",
                                "toKhai.thongTinUyQuyen.nuqHoTen",
                                "toKhai.quaTrinhCTNNNLV[0].denThangNam",
                                "toKhai.quaTrinhCTNNNLV[1].tuThangNam",
                                "toKhai.thongTinThanhToan.tongPhi"));
        CriminalRecordApplication ok = CriminalRecordIntake.parse(FULL);
        CriminalRecordApplication noName = new CriminalRecordApplication(
                ok.provinceCode(),
                ok.provinceName(),
                ok.localCode(),
                ok.source(),
                ok.sourceName(),
                ok.receivedOn(),
                ok.dueOn(),
                ok.bornAbroad(),
                ok.certificateType(),
                ok.courtBans(),
                ok.purposeCode(),
                ok.purpose(),
                ok.otherPurpose(),
                ok.copies(),
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> client.submit(noName)).isInstanceOf(InvalidRegistrationException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void resultAndStatus_whenCertificateListsSentencesAndBans_readsAndForwardsEveryField() {
        String pdf = Base64.getEncoder().encodeToString(CivilFixtures.PDF);
        wm.stubFor(post(urlEqualTo("/lltp/nhanTrangThai"))
                .willReturn(okJson("{\"status\":1,\"value\":[{"
                        + "\"maHoSoMCDT\":\"H56.99-250101-0002\",\"trangThaiXuLy\":\"9\",\"ketQuaXuLy\":{\"soPhieuLLT"
                        + "P\":"
                        + "\"000002/2025/LLTP\",\"ngayCapPhieu\":\"05/01/2025\",\"loaiPhieu\":\"2\",\"nguoiLapPhieu\""
                        + ":\"CB LAP\","
                        + "\"nguoiKy\":\"CB KY\",\"chucVu\":\"Phó Giám "
                        + "đốc\",\"tinhTrangAnTich\":\"1\",\"tenTinhTrangAnTich\":"
                        + "\"Có án tích\",\"thongTinCDNCV\":\"1\",\"tenThongTinCDNCV\":\"Có\",\"thongTinAn\":[{\"soBa"
                        + "nAn\":"
                        + "\"12/2015/HSST\",\"ngayBanAn\":\"01/06/2015\",\"toaDaTuyen\":\"TA01\",\"tenToaDaTuyen\":\""
                        + "TAND X\","
                        + "\"dsToiDanh\":[{\"toiDanh\":\"173\",\"tenToiDanh\":\"Trộm cắp tài "
                        + "sản\"}],\"dsHinhPhatChinh\":[{"
                        + "\"maHinhPhat\":\"TG\",\"tenHinhPhat\":\"Tù có thời hạn\",\"ghiChu\":\"12 tháng\"}],"
                        + "\"dsHinhPhatBoSung\":[{\"maHinhPhat\":\"PT\",\"tenHinhPhat\":\"Phạt "
                        + "tiền\",\"noiDungHinhPhatBoSung\":"
                        + "\"5.000.000\"}],\"ngayChapHanh\":\"01/06/2016\",\"ngayXoaAn\":null,\"dieuKhoan\":\"Khoản "
                        + "1 Điều 173\","
                        + "\"anPhi\":\"200.000\",\"nghiaVuDanSu\":\"Không\",\"tinhTrangThiHanh\":\"Đã chấp hành\"}],"
                        + "\"dsCDNCV\":[{\"soQuyetDinh\":\"5/QĐ\",\"ngayQuyetDinh\":\"01/07/2015\",\"toaAnQD\":\"TAND"
                        + " X\","
                        + "\"chucVuCam\":\"Giám đốc doanh nghiệp\",\"thoiHanCam\":\"2 "
                        + "năm\",\"camTuNgay\":\"01/07/2015\"}],"
                        + "\"phieuLLTP\":\"" + pdf + "\",\"quyetDinhThuHoi\":null}}]}")));
        CriminalRecordResult r = client.result("H56.99-250101-0002").orElseThrow();
        assertThat(r.preparedBy()).isEqualTo("CB LAP");
        assertThat(r.signerTitle()).isEqualTo("Phó Giám đốc");
        assertThat(r.courtBanInfoName()).isEqualTo("Có");
        assertThat(r.sentences()).singleElement().satisfies(s -> {
            assertThat(s.offences()).extracting(CriminalSentence.Code::name).containsExactly("Trộm cắp tài sản");
            assertThat(s.mainPenalties().get(0).detail()).isEqualTo("12 tháng");
            assertThat(s.additionalPenalties().get(0).detail()).isEqualTo("5.000.000");
            assertThat(s.expungedOn()).isNull();
            assertThat(s.enforcementStatus()).isEqualTo("Đã chấp hành");
        });
        assertThat(r.courtBans()).singleElement().satisfies(b -> assertThat(b.duration())
                .isEqualTo("2 năm"));
        assertThat(r.pdf()).isEqualTo(CivilFixtures.PDF);

        wm.stubFor(
                post(urlEqualTo("/v2/lyLichTuPhap/traKetQuaHoSoLLTP")).willReturn(okJson("{\"statusCode\":\"00\"}")));
        client.pushStatus(new CriminalRecordStatusUpdate(
                r.localCode(), CriminalRecordState.DONE, null, LocalDate.of(2025, 1, 8), false, r));
        JsonNode k = EgovJson.tryParse(
                        wm.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .path("ketQuaXuLy");
        assertThat(k.path("nguoiLapPhieu").asString()).isEqualTo("CB LAP");
        assertThat(k.path("thongTinAn")
                        .get(0)
                        .path("dsToiDanh")
                        .get(0)
                        .path("toiDanh")
                        .asString())
                .isEqualTo("173");
        assertThat(k.path("thongTinAn")
                        .get(0)
                        .path("dsHinhPhatBoSung")
                        .get(0)
                        .path("noiDungHinhPhatBoSung")
                        .asString())
                .isEqualTo("5.000.000");
        assertThat(k.path("dsCDNCV").get(0).path("chucVuCam").asString()).isEqualTo("Giám đốc doanh nghiệp");
        assertThat(k.path("ngayCapPhieu").asString()).isEqualTo("05/01/2025");
        assertThat(k.path("quyetDinhThuHoi").isNull()).isTrue();
    }
}
