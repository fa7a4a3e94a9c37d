package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.core.EgovClientException;

/**
 * Bytes read from the chip (EF.COM, a data group, EF.SOD) or a trust file (CSCA, master list) are not in the expected
 * format: truncated or garbage TLV, wrong tag, unsupported algorithm. The message names the file, the rule and says
 * what is wrong in English and Vietnamese; it never contains personal data read from the chip.
 */
public class ChipFormatException extends EgovClientException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String rule;

    /**
     * @param file      e.g. {@code DG13}, {@code EF.SOD}
     * @param rule      stable rule name, e.g. {@code TLV_TRUNCATED}
     * @param message   English
     * @param messageVi Vietnamese
     */
    public ChipFormatException(String file, String rule, String message, String messageVi) {
        this(file, rule, message, messageVi, null);
    }

    public ChipFormatException(String file, String rule, String message, String messageVi, Throwable cause) {
        super(file + ": " + message + " / " + messageVi + " [" + rule + "]", cause);
        this.file = file;
        this.rule = rule;
    }

    /** The chip file or trust file at fault, e.g. {@code DG13}. */
    public String file() {
        return file;
    }

    /** The broken rule, e.g. {@code TLV_TRUNCATED}, {@code TLV_DEPTH}, {@code WRONG_TAG}. */
    public String rule() {
        return rule;
    }
}
