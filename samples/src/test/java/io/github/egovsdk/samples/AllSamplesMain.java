package io.github.egovsdk.samples;

import java.nio.file.Path;

/**
 * Runs every sample's main in one JVM, for {@link SamplesLogCaptureTest}: {@code AllSamplesMain CORPUS_DIR OUT_DIR}.
 * One JVM for all keeps the forked run cheap; the samples start their own sandbox as a user's program would.
 */
public final class AllSamplesMain {
    private AllSamplesMain() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        SignAndVerifyPdf.main(new String[] {
            corpus.resolve("signatures/dss__pdf-signed-original.pdf").toString(),
            out.resolve("signed.pdf").toString()
        });
        VerifyFile.main(new String[] {
            corpus.resolve("signatures/pdfattacker__hide-and-replace-v1-4-manipulated.pdf")
                    .toString()
        });
        SendAndReceiveEdoc.main(new String[0]);
        RunReceiver.main(new String[] {"--once"});
        ParseCard.main(new String[0]);
        SyncDossier.main(new String[0]);
        TakePayment.main(new String[] {out.toString()});
        LoginWithVneid.main(new String[0]);
        System.out.println("ALL-SAMPLES-DONE");
    }
}
