package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.core.gateway.SoapEnvelopes;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.testkit.SandboxCitizen;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The sandbox population database's SOAP side (interconnected-services.md §4.4–4.5): request element named after
 * the operation or operation + {@code Request}, namespace {@code http://dancuquocgia.bca} or
 * {@code http://gtel.vn/qldc}, the first elements in the required order ({@code MaYeuCau, MaDVC, MaTichHop, MaCanBo,
 * SoDinhDanh} or {@code MaYeuCau, MaDichVu, MaCanBo, SoDinhDanh}) — a request out of order is a SOAP fault. Answers
 * {@code CongdanCollection} (namespace {@code http://www.mic.gov.vn/dancu/1.0}), {@code KetQuaXacThucResponse}, and
 * batch requests that are pending on the first {@code GetRequestResult} and ready on the next.
 */
public final class PopulationSoapResponder {
    private static final String DANCU = "http://www.mic.gov.vn/dancu/1.0";
    private static final List<String> ORDER_A = List.of("MaYeuCau", "MaDVC", "MaTichHop", "MaCanBo", "SoDinhDanh");
    private static final List<String> ORDER_B = List.of("MaYeuCau", "MaDichVu", "MaCanBo", "SoDinhDanh");
    private final Map<String, Integer> batches = new ConcurrentHashMap<>();

    /** The SOAP envelope answering {@code requestXml}. */
    public String answer(String requestXml) {
        Element op;
        try {
            Element root = SecureXml.parse(new ByteArrayInputStream(requestXml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            Element body = SoapEnvelopes.child(root, "Body");
            op = body == null ? null : SoapEnvelopes.firstElement(body);
        } catch (RuntimeException e) {
            return fault("Client", "Yêu cầu SOAP không hợp lệ / malformed SOAP request");
        }
        if (op == null) {
            return fault("Client", "Thiếu phần thân SOAP / empty SOAP body");
        }
        String ns = op.getNamespaceURI();
        if (!"http://dancuquocgia.bca".equals(ns) && !"http://gtel.vn/qldc".equals(ns)) {
            return fault("Client", "Sai namespace " + ns + " / wrong namespace");
        }
        List<String> names = new ArrayList<>();
        for (Node n = op.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        if (!inOrder(names, ORDER_A) && !inOrder(names, ORDER_B)) {
            return fault(
                    "Client",
                    "Sai thứ tự trường: cần MaYeuCau, MaDVC, MaTichHop, MaCanBo, SoDinhDanh / wrong"
                            + " element order");
        }
        String name = op.getLocalName().endsWith("Request")
                ? op.getLocalName().substring(0, op.getLocalName().length() - 7)
                : op.getLocalName();
        String requestId = text(op, "MaYeuCau");
        Optional<SandboxCitizen> match = find(text(op, "SoDinhDanh"), text(op, "HoVaTen"));
        return switch (name) {
            case "TraCuuThongTinCongDan",
                    "CungCapThongTinCongDan",
                    "XacMinhThongTinNhanThan",
                    "XacMinhThongTinChuHo",
                    "CungCapThongTinHoGiaDinh" ->
                envelope(collection(match.stream().toList(), requestId));
            case "XacThucThongTinCongDan" ->
                envelope(
                        "<dan:KetQuaXacThucResponse><dan:TonTai>" + (match.isPresent() && birthMatches(op, match.get()))
                                + "</dan:TonTai></dan:KetQuaXacThucResponse>");
            case "GetRequestResult" -> batchResult(text(op, "MaYeuCauGoc"));
            default ->
                name.startsWith("CungCapDanhSach")
                        ? accept(name, requestId)
                        : fault("Client", "Thao tác " + name + " chưa được mô phỏng / operation not emulated");
        };
    }

    /**
     * The elements of {@code order} that the request has come first and in that order (a list request has no
     * {@code SoDinhDanh}); {@code MaYeuCau} is always first.
     */
    private static boolean inOrder(List<String> names, List<String> order) {
        long k = names.stream().filter(order::contains).count();
        return k >= order.size() - 1
                && names.size() >= k
                && names.subList(0, (int) k).equals(order.subList(0, (int) k));
    }

    private String accept(String op, String requestId) {
        batches.put(requestId, 0);
        return envelope("<dan:" + op + "Response><dan:MaYeuCau>" + Xml.esc(requestId) + "</dan:MaYeuCau>"
                + "<dan:TrangThai>DA_TIEP_NHAN</dan:TrangThai></dan:" + op + "Response>");
    }

    private String batchResult(String id) {
        Integer seen = batches.computeIfPresent(id, (k, v) -> v + 1);
        if (seen == null) {
            return fault("Client", "Không có yêu cầu " + Xml.esc(id) + " / unknown request");
        }
        return seen == 1
                ? envelope("<dan:GetRequestResultResponse><dan:TrangThai>DANG_XU_LY</dan:TrangThai>"
                        + "</dan:GetRequestResultResponse>")
                : envelope(collection(SandboxCitizen.ALL, id));
    }

    /** Forgets the batch requests. */
    public void reset() {
        batches.clear();
    }

    private static Optional<SandboxCitizen> find(String id, String name) {
        return SandboxCitizen.ALL.stream()
                .filter(c -> c.personalId().equals(id)
                        && PopulationTransformer.nameKey(c.fullName()).equals(PopulationTransformer.nameKey(name)))
                .findFirst();
    }

    private static boolean birthMatches(Element op, SandboxCitizen c) {
        Element birth = SoapEnvelopes.child(op, "NgayThangNamSinh");
        String full = birth == null ? "" : text(birth, "NgayThangNam");
        String year = birth == null ? "" : text(birth, "Nam");
        return full.equals(c.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE))
                || full.isEmpty() && year.equals(String.valueOf(c.dateOfBirth().getYear()));
    }

    static String collection(List<SandboxCitizen> citizens, String requestId) {
        StringBuilder sb = new StringBuilder("<ns1:CongdanCollection xmlns:ns1=\"" + DANCU + "\" SoCongDan=\""
                + citizens.size() + "\" ThoiDiemDuLieu=\"2026-01-01T08:00:00\" id=\"" + Xml.esc(requestId) + "\">");
        for (SandboxCitizen c : citizens) {
            String[] p = c.fullName().split(" ");
            String middle = p.length > 2 ? String.join(" ", Arrays.copyOfRange(p, 1, p.length - 1)) : "";
            sb.append("<ns1:CongDan><ns1:SoDinhDanh>")
                    .append(c.personalId())
                    .append("</ns1:SoDinhDanh><ns1:SoCMND/>")
                    .append("<ns1:HoVaTen><ns1:Ho>")
                    .append(Xml.esc(p[0]))
                    .append("</ns1:Ho><ns1:ChuDem>")
                    .append(Xml.esc(middle))
                    .append("</ns1:ChuDem><ns1:Ten>")
                    .append(Xml.esc(p[p.length - 1]))
                    .append("</ns1:Ten></ns1:HoVaTen><ns1:GioiTinh>")
                    .append(c.gender())
                    .append("</ns1:GioiTinh>")
                    .append("<ns1:DanToc>01</ns1:DanToc><ns1:QuocTich>VN</ns1:QuocTich><ns1:NgayThangNamSinh><ns1:Nam>")
                    .append(c.dateOfBirth().getYear())
                    .append("</ns1:Nam><ns1:NgayThangNam>")
                    .append(c.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE))
                    .append("</ns1:NgayThangNam></ns1:NgayThangNamSinh><ns1:ThuongTru><ns1:MaTinhThanh>")
                    .append(c.personalId(), 1, 3)
                    .append("</ns1:MaTinhThanh><ns1:ChiTiet>")
                    .append(Xml.esc(c.address()))
                    .append("</ns1:ChiTiet></ns1:ThuongTru><ns1:ChuHo><ns1:QuanHe>Chủ hộ</ns1:QuanHe><ns1:SoDinhDanh>")
                    .append(c.personalId())
                    .append("</ns1:SoDinhDanh><ns1:HoVaTen>")
                    .append(Xml.esc(c.fullName()))
                    .append("</ns1:HoVaTen></ns1:ChuHo></ns1:CongDan>");
        }
        return sb.append("</ns1:CongdanCollection>").toString();
    }

    static String envelope(String content) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header/>"
                + "<soapenv:Body xmlns:dan=\"http://dancuquocgia.bca\">" + content
                + "</soapenv:Body></soapenv:Envelope>";
    }

    static String fault(String code, String message) {
        return envelope("<soapenv:Fault><faultcode>soapenv:" + code + "</faultcode><faultstring>" + Xml.esc(message)
                + "</faultstring></soapenv:Fault>");
    }

    private static String text(Element parent, String name) {
        return SoapEnvelopes.text(SoapEnvelopes.child(parent, name));
    }
}
