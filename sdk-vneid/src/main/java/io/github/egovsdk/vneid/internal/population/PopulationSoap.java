package io.github.egovsdk.vneid.internal.population;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.gateway.SoapEnvelopes;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.PopulationOperation;
import io.github.egovsdk.vneid.population.PopulationSoapDialect;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes the population database's SOAP requests: empty {@code soapenv:Header}, the request element in the dialect's
 * namespace (prefix {@code qldc}), and its first children in the order the server checks — {@code MaYeuCau, MaDVC,
 * MaTichHop, MaCanBo, SoDinhDanh} (or {@code MaYeuCau, MaDichVu, MaCanBo, SoDinhDanh}) — then {@code SoCMND},
 * {@code HoVaTen}, {@code NgayThangNamSinh/NgayThangNam} ({@code yyyyMMdd}), {@code MaDonVi} and any extra fields
 * (paging keys of list operations as sibling elements) in the order given.
 */
public final class PopulationSoap {
    private PopulationSoap() {}

    /** The codes every request carries. */
    public record Codes(String serviceCode, String integrationCode, String unitCode) {}

    public static byte[] envelope(
            PopulationSoapDialect dialect,
            PopulationOperation op,
            String requestId,
            String officer,
            Codes codes,
            CitizenQuery query,
            Map<String, String> extra) {
        String el = "qldc:" + dialect.requestElement(op);
        StringBuilder sb = new StringBuilder(512)
                .append("<soapenv:Envelope xmlns:soapenv=\"")
                .append(SoapEnvelopes.SOAP_NS)
                .append("\" xmlns:qldc=\"")
                .append(esc(dialect.namespace()))
                .append("\">")
                .append("<soapenv:Header/><soapenv:Body><")
                .append(el)
                .append('>');
        field(sb, "MaYeuCau", requestId);
        if (dialect.maDichVu()) {
            field(sb, "MaDichVu", codes.serviceCode());
        } else {
            field(sb, "MaDVC", codes.serviceCode());
            field(sb, "MaTichHop", codes.integrationCode());
        }
        field(sb, "MaCanBo", officer);
        if (query != null) {
            field(
                    sb,
                    "SoDinhDanh",
                    query.personalId() == null ? "" : query.personalId().value());
            if (query.legacyId() != null) {
                field(sb, "SoCMND", query.legacyId().value());
            }
            field(sb, "HoVaTen", NameForms.upperNoDiacritics(query.fullName()));
            sb.append("<qldc:NgayThangNamSinh>");
            field(sb, "NgayThangNam", query.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE));
            sb.append("</qldc:NgayThangNamSinh>");
        }
        if (codes.unitCode() != null && !codes.unitCode().isBlank()) {
            field(sb, "MaDonVi", codes.unitCode());
        }
        extra.forEach((k, v) -> field(sb, k, v));
        sb.append("</").append(el).append("></soapenv:Body></soapenv:Envelope>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
            throw new EgovClientException("Not a SOAP element name: " + name + " / tên trường không hợp lệ");
        }
        sb.append("<qldc:")
                .append(name)
                .append('>')
                .append(esc(value == null ? "" : value))
                .append("</qldc:")
                .append(name)
                .append('>');
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
