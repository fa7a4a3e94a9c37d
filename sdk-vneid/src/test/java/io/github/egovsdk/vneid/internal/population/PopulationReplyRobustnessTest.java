package io.github.egovsdk.vneid.internal.population;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.vneid.population.CitizenQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Seeded random mutations of valid population replies (raw SOAP and JSON-wrapped): whatever the bytes, reading a
 * reply either succeeds or throws an {@link EgovException} subclass — never a raw runtime exception.
 */
class PopulationReplyRobustnessTest {
    static final String SOAP = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soapenv:Body><ns1:CongdanCollection xmlns:ns1=\"http://www.mic.gov.vn/dancu/1.0\" SoCongDan=\"1\">"
            + "<ns1:CongDan><ns1:SoDinhDanh>001099012345</ns1:SoDinhDanh><ns1:HoVaTen><ns1:Ho>NGUYEN</ns1:Ho>"
            + "<ns1:ChuDem>VAN</ns1:ChuDem><ns1:Ten>A</ns1:Ten></ns1:HoVaTen><ns1:NgayThangNamSinh><ns1:Nam>1999"
            + "</ns1:Nam><ns1:NgayThangNam>19990101</ns1:NgayThangNam></ns1:NgayThangNamSinh><ns1:Cha><ns1:HoVaTen>"
            + "X</ns1:HoVaTen></ns1:Cha><ns1:ThuongTru><ns1:MaTinhThanh>27</ns1:MaTinhThanh></ns1:ThuongTru>"
            + "</ns1:CongDan></ns1:CongdanCollection></soapenv:Body></soapenv:Envelope>";
    static final String TONTAI = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
            + "<ns2:KetQuaXacThucResponse xmlns:ns2=\"http://dancuquocgia.bca\"><ns2:TonTai>true</ns2:TonTai>"
            + "</ns2:KetQuaXacThucResponse></s:Body></s:Envelope>";
    static final List<String> SEEDS = List.of(
            SOAP,
            TONTAI,
            EgovJson.mapper()
                    .createObjectNode()
                    .put("error_code", "0")
                    .put("message", SOAP)
                    .toString(),
            "{\"StatusCode\":200,\"ThrowException\":false,\"ResultObject\":"
                    + EgovJson.mapper().writeValueAsString(SOAP) + "}");
    static final String[] TOKENS = {
        "<",
        ">",
        "&",
        "&x;",
        "<!DOCTYPE r [<!ENTITY x \"y\">]>",
        "\"",
        "'",
        "</",
        "<ns1:CongDan>",
        "<![CDATA[",
        "]]>",
        "\\u0000",
        "\u0000",
        "\uFFFF",
        "{",
        "}",
        "\"error_code\":",
        "xmlns:a=\"\"",
        "<?xml version=\"1.0\"?>",
        "TonTai",
        "Fault",
        "\uD800"
    };

    @Test
    void read_whenTenThousandMutatedReplies_onlyEgovExceptionsLeave() {
        Random random = new Random(20261204L);
        CitizenQuery q = CitizenQuery.byPersonalId("001099012345", "Nguyen Van A", LocalDate.of(1999, 1, 1));
        int ok = 0;
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            String input = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            try {
                Element content = PopulationSoapExchange.content(input, "REQ-" + i);
                switch (i % 3) {
                    case 0 -> PopulationSoapExchange.records(content, "r");
                    case 1 -> PopulationSoapExchange.outcome(content, q, "r");
                    default -> PopulationSoapExchange.batch(content, "r");
                }
                ok++;
            } catch (EgovException expected) {
                refused++;
            }
        }
        assertThat(ok + refused).isEqualTo(10_000);
        assertThat(ok).as("some mutations stay valid").isPositive();
        assertThat(refused).as("most mutations are refused").isPositive();
    }

    static String mutate(String seed, Random random) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> sb.setCharAt(at, (char) random.nextInt(0x300));
                case 3 -> sb.setLength(at);
                default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + random.nextInt(40))));
            }
        }
        return sb.toString();
    }
}
