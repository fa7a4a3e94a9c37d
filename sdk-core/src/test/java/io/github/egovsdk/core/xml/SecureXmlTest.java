package io.github.egovsdk.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

class SecureXmlTest {
    static final String XXE_FILE =
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + "<r>&x;</r>";
    static final String XXE_HTTP =
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]>" + "<r>&x;</r>";
    static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]><lolz>&lol9;</lolz>";

    private static InputStream in(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {XXE_FILE, XXE_HTTP, BILLION_LAUGHS})
    @Timeout(5)
    void parse_whenDtdAttack_throwsTypedErrorFast(String attack) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> SecureXml.parse(in(attack)))
                .isInstanceOf(XmlSecurityException.class)
                .hasMessageContaining("DTDs are not allowed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {XXE_FILE, XXE_HTTP, BILLION_LAUGHS})
    void newSAXParser_whenDtdAttack_refuses(String attack) {
        assertThatThrownBy(() -> SecureXml.newSAXParser().parse(in(attack), new DefaultHandler()))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {XXE_FILE, XXE_HTTP, BILLION_LAUGHS})
    void newXMLStreamReader_whenDtdAttack_throwsTypedErrorWithLocation(String attack) {
        assertThatThrownBy(() -> {
                    XMLStreamReader r = SecureXml.newXMLStreamReader(SecureXml.newXMLInputFactory(), in(attack));
                    while (r.hasNext()) {
                        r.next();
                    }
                })
                .isInstanceOfSatisfying(XMLStreamException.class, e -> assertThat(SecureXml.fromStax(e))
                        .isInstanceOf(XmlSecurityException.class)
                        .satisfies(x -> assertThat(x.line()).isEqualTo(1)));
    }

    @Test
    void parse_whenSafeNamespacedXml_returnsDocument() {
        Document d = SecureXml.parse(in(
                "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><Subject>" + "Công văn</Subject></edXML>"));
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.mic.gov.vn/TBT/QCVN_102_2016");
        assertThat(d.getDocumentElement().getTextContent()).isEqualTo("Công văn");
    }

    @Test
    void parse_whenMalformed_namesLineAndColumn() {
        assertThatThrownBy(() -> SecureXml.parse(in("<a>\n<b></a>")))
                .isInstanceOfSatisfying(
                        XmlSecurityException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("line 2");
    }

    @Test
    void parse_whenCorpusDtdInjectionFile_refuses() throws Exception {
        Path file = Path.of(System.getProperty("egov.corpus.dir"), "signatures", "dss__xades-with-dtd-injection.xml");
        try (InputStream stream = Files.newInputStream(file)) {
            assertThatThrownBy(() -> SecureXml.parse(stream)).isInstanceOf(XmlSecurityException.class);
        }
    }
}
