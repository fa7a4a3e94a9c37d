package io.github.egovsdk.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.egovsdk.vneid.chip.ChipFiles;
import io.github.egovsdk.vneid.chip.CitizenCardChip;
import io.github.egovsdk.vneid.chip.Dg1;
import io.github.egovsdk.vneid.chip.Dg13;
import io.github.egovsdk.vneid.chip.Dg2;
import io.github.egovsdk.vneid.chip.EfCom;
import io.github.egovsdk.vneid.chip.EfSod;
import io.github.egovsdk.vneid.chip.PassiveAuthenticator;

/** The CCCD chip parsers (EF.COM, DG1, DG2, DG13, EF.SOD), a whole chip read, and passive authentication. */
class ChipFuzzTest {
    private static final PassiveAuthenticator PA =
            PassiveAuthenticator.builder().build();

    @FuzzTest(maxDuration = "6s")
    void dataGroups(FuzzedDataProvider data) {
        int which = data.consumeInt(0, 3);
        byte[] bytes = data.consumeRemainingAsBytes();
        Contract.typedErrorsOnly(() -> {
            switch (which) {
                case 0 -> EfCom.parse(bytes);
                case 1 -> Dg1.parse(bytes);
                case 2 -> Dg2.parse(bytes);
                default -> Dg13.parse(bytes);
            }
        });
    }

    @FuzzTest(maxDuration = "6s")
    void sod(byte[] input) {
        Contract.typedErrorsOnly(() -> EfSod.parse(input));
    }

    /** EF.SOD plus DG1 and DG13 as a chip read: parsed, then authenticated (a verdict, or a typed error). */
    @FuzzTest(maxDuration = "6s")
    void passiveAuthentication(FuzzedDataProvider data) {
        byte[] dg1 = data.consumeBytes(data.consumeInt(1, 512));
        byte[] dg13 = data.consumeBytes(data.consumeInt(1, 2048));
        byte[] sod = data.consumeRemainingAsBytes();
        Contract.typedErrorsOnly(() -> {
            ChipFiles.Builder b = ChipFiles.builder().sod(sod);
            if (dg1.length > 0) {
                b.dataGroup(1, dg1);
            }
            if (dg13.length > 0) {
                b.dataGroup(13, dg13);
            }
            ChipFiles files = b.build();
            PA.verify(files);
            CitizenCardChip.read(files);
        });
    }
}
