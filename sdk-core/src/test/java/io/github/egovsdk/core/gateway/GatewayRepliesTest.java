package io.github.egovsdk.core.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.xml.XmlSecurityException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class GatewayRepliesTest {
    static final String SOAP = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soapenv:Body xmlns:dan=\"http://dancuquocgia.bca\"><ns1:CongdanCollection"
            + " xmlns:ns1=\"http://www.mic.gov.vn/dancu/1.0\" SoCongDan=\"0\"/></soapenv:Body></soapenv:Envelope>";

    @Test
    void unwrap_whenJsonEnvelopeWithSoapString_returnsTheSoap() {
        String json = "{\"error_code\":\"0\",\"message\":\"" + SOAP.replace("\"", "\\\"") + "\"}";
        GatewayReply r = GatewayReplies.unwrap(json, "REQ-1");
        assertThat(r.soap()).isTrue();
        assertThat(r.errorCode()).isEqualTo("0");
        Element content = SoapEnvelopes.bodyContent(r.payload(), "REQ-1");
        assertThat(content.getLocalName()).isEqualTo("CongdanCollection");
    }

    @Test
    void unwrap_whenNumericZero_isSuccess() {
        assertThat(GatewayReplies.unwrap("{\"error_code\":0,\"message\":\"<a/>\"}", "r")
                        .soap())
                .isTrue();
    }

    @Test
    void unwrap_whenErrorCodeNotZero_throwsWithTheGatewayCodeAndRedactedMessage() {
        assertThatThrownBy(() -> GatewayReplies.unwrap(
                        "{\"error_code\":\"-3\",\"message\":\"Không tìm thấy" + " 001099012345\"}", "REQ-2"))
                .isInstanceOfSatisfying(EgovServiceException.class, e -> {
                    assertThat(e.serviceErrorCode()).contains("-3");
                    assertThat(e.requestId()).contains("REQ-2");
                    assertThat(e.getMessage()).contains("001******345").doesNotContain("001099012345");
                });
    }

    @Test
    void unwrap_whenHcmEsbShape_returnsResultObjectOrThrowsStatusCode() {
        assertThat(GatewayReplies.unwrap(
                                "{\"StatusCode\":200,\"Status\":\"SUCCESS\",\"ThrowException\":false,"
                                        + "\"Description\":\"\",\"ResultObject\":{\"MaSoDoanhNghiep\":\"0100000000\"}}",
                                "r")
                        .payload())
                .contains("MaSoDoanhNghiep");
        assertThatThrownBy(() -> GatewayReplies.unwrap(
                        "{\"StatusCode\":500,\"Status\":\"ERROR\","
                                + "\"ThrowException\":true,\"Description\":\"loi\",\"ResultObject\":null}",
                        "r"))
                .isInstanceOfSatisfying(EgovServiceException.class, e -> assertThat(e.serviceErrorCode())
                        .contains("500"));
    }

    @Test
    void unwrap_whenRawSoapOrGarbage_keepsSoapAndRefusesGarbage() {
        assertThat(GatewayReplies.unwrap("\uFEFF" + SOAP, "r").soap()).isTrue();
        assertThatThrownBy(() -> GatewayReplies.unwrap("not json", "r")).isInstanceOf(EgovServiceException.class);
        assertThatThrownBy(() -> GatewayReplies.unwrap("[1,2]", "r")).isInstanceOf(EgovServiceException.class);
    }

    @Test
    void bodyContent_whenFault_throwsFaultCode() {
        String fault = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                + "<faultcode>s:Client</faultcode><faultstring>MaYeuCau trùng</faultstring></s:Fault></s:Body>"
                + "</s:Envelope>";
        assertThatThrownBy(() -> SoapEnvelopes.bodyContent(fault, "r"))
                .isInstanceOfSatisfying(EgovServiceException.class, e -> assertThat(e.serviceErrorCode())
                        .contains("s:Client"));
    }

    @Test
    void bodyContent_whenDtdOrOversized_refusesBeforeReading() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assertThatThrownBy(() -> SoapEnvelopes.bodyContent(xxe, "r")).isInstanceOf(XmlSecurityException.class);
        String big = "<x>" + "a".repeat(SoapEnvelopes.MAX_SOAP_BYTES) + "</x>";
        assertThatThrownBy(() -> SoapEnvelopes.bodyContent(big, "r")).isInstanceOf(XmlSecurityException.class);
        assertThatThrownBy(() -> SoapEnvelopes.bodyContent("<a><b></a>", "r")).isInstanceOf(XmlSecurityException.class);
    }
}
