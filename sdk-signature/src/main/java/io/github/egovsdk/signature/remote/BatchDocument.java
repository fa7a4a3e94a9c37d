package io.github.egovsdk.signature.remote;

import io.github.egovsdk.signature.sign.DocumentSigner;
import io.github.egovsdk.signature.sign.PreparedSignature;
import io.github.egovsdk.signature.sign.SignOptions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One document of a {@link BatchSigner} batch: which signer (PAdES, XAdES or CAdES — build it with the remote
 * credential's {@code certificates(chain)}), the file, where the signed file goes, and the options.
 */
public final class BatchDocument {
    private final Path input;
    private final Path output;
    private final Phases phases;

    private BatchDocument(Path input, Path output, Phases phases) {
        this.input = Objects.requireNonNull(input, "input");
        this.output = Objects.requireNonNull(output, "output");
        this.phases = phases;
    }

    /** A document signed by {@code signer} with {@code options}, e.g. {@code of(pades, in, out, PadesOptions...)}. */
    public static <O extends SignOptions> BatchDocument of(
            DocumentSigner<O> signer, Path input, Path output, O options) {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(options, "options");
        return new BatchDocument(input, output, new Phases() {
            @Override
            public PreparedSignature prepare() {
                return signer.prepare(input, options);
            }

            @Override
            public void complete(PreparedSignature prepared, byte[] value) {
                signer.complete(input, prepared, value, output);
            }
        });
    }

    public Path input() {
        return input;
    }

    public Path output() {
        return output;
    }

    PreparedSignature prepare() {
        return phases.prepare();
    }

    void complete(PreparedSignature prepared, byte[] value) {
        phases.complete(prepared, value);
    }

    /** SmartCA's {@code file_type}: the file's extension (pdf, xml, docx...), "bin" without one. */
    String fileType() {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "bin";
    }

    /** The two phases bound to the signer's options type. */
    private interface Phases {
        PreparedSignature prepare();

        void complete(PreparedSignature prepared, byte[] value);
    }
}
