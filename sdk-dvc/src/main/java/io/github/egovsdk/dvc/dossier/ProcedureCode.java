package io.github.egovsdk.dvc.dossier;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A procedure code (mã thủ tục hành chính, TTHC): the national part {@code d.dddddd} and an optional agency suffix,
 * e.g. {@code 1.003560.000.00.00.H56} → national {@code 1.003560}, agency {@code 000.00.00.H56}. The raw text is kept.
 */
public record ProcedureCode(String raw, String national, Optional<String> agencySuffix) {
    private static final Pattern FORM = Pattern.compile("(\\d\\.\\d{6})(?:\\.(.+))?");

    public static ProcedureCode parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new ValidationException(
                    "procedure code '" + text + "'",
                    List.of(new Violation(
                            "procedureCode",
                            "Pattern",
                            "Expected d.dddddd with an optional agency suffix / Mã TTHC phải có dạng d.dddddd",
                            text)));
        }
        return new ProcedureCode(text.strip(), m.group(1), Optional.ofNullable(m.group(2)));
    }

    /** The payment service code ({@code MaDVC}) as one implementation derives it: the code plus {@code .01}. */
    public String paymentServiceCode() {
        return raw + ".01";
    }
}
