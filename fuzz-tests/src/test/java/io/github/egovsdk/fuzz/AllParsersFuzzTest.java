package io.github.egovsdk.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Every harness behind one fuzz target, so the default build fuzzes all parsers in a single JVM for a bounded time
 * (Jazzer fuzzes one test per JVM, and a JVM per harness would cost more start-up than fuzzing). The first input
 * byte picks the harness; the coverage feedback steers the time to where new code is found. The {@code fuzz}
 * profile fuzzes each harness on its own instead.
 */
class AllParsersFuzzTest {
    private final EdxmlReaderFuzzTest edxml = new EdxmlReaderFuzzTest();
    private final SignatureValidatorFuzzTest signature = new SignatureValidatorFuzzTest();
    private final ChipFuzzTest chip = new ChipFuzzTest();
    private final CardTextFuzzTest card = new CardTextFuzzTest();
    private final ServiceRepliesFuzzTest replies = new ServiceRepliesFuzzTest();
    private final GatewayAndCivilFuzzTest interconnected = new GatewayAndCivilFuzzTest();

    @BeforeAll
    static void setUp() throws Exception {
        EdxmlReaderFuzzTest.folder();
        SignatureValidatorFuzzTest.signOnce();
        ServiceRepliesFuzzTest.clients();
    }

    @AfterAll
    static void tearDown() throws IOException {
        EdxmlReaderFuzzTest.clean();
        SignatureValidatorFuzzTest.clean();
        ServiceRepliesFuzzTest.clean();
    }

    @FuzzTest(maxDuration = "60s")
    void allParsers(FuzzedDataProvider data) throws IOException {
        switch (data.consumeInt(0, 19)) {
            case 0 -> edxml.hashOnly(data.consumeRemainingAsBytes());
            case 1 -> edxml.extracting(data.consumeRemainingAsBytes());
            case 2 -> signature.pdf(data.consumeRemainingAsBytes());
            case 3 -> signature.xml(data.consumeRemainingAsBytes());
            case 4 -> signature.cms(data.consumeRemainingAsBytes());
            case 5 -> signature.integrity(data);
            case 6 -> chip.dataGroups(data);
            case 7 -> chip.sod(data.consumeRemainingAsBytes());
            case 8 -> chip.passiveAuthentication(data);
            case 9 -> card.cardQr(data);
            case 10 -> card.mrz(data);
            case 11 -> card.personalId(data);
            case 12 -> replies.paymentCallback(data);
            case 13 -> replies.portalReplies(data.consumeRemainingAsBytes());
            case 14 -> replies.axisReplies(data.consumeRemainingAsBytes());
            case 15 -> interconnected.civilDetail(data.consumeRemainingAsBytes());
            case 16 -> interconnected.criminalRecordIntake(data);
            case 17 -> interconnected.soapEnvelope(data);
            default -> interconnected.gatewayReply(data);
        }
    }
}
