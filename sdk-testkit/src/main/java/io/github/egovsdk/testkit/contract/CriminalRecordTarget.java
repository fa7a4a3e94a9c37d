package io.github.egovsdk.testkit.contract;

import java.net.URI;
import java.util.Optional;

/**
 * Where {@link CriminalRecordContract} runs: the gateway base URL that fronts the LLTP system and the VNeID callback,
 * the shared {@code authKey}, the province, the submit and poll paths (unpublished: configure them) and the VNeID
 * status path, and after how many polls the target issues a certificate (the sandbox: 2; 0 to only check that the
 * application is known). {@link #toString()} hides the key.
 */
public record CriminalRecordTarget(
        URI endpoint,
        String authKey,
        String provinceCode,
        String provinceName,
        String submitPath,
        String resultPath,
        String statusPath,
        int pollsUntilIssued) {

    /**
     * Reads {@code EGOV_LLTP_ENDPOINT}, {@code EGOV_LLTP_AUTH_KEY}, {@code EGOV_LLTP_PROVINCE} (required once the
     * endpoint is set), the optional {@code EGOV_LLTP_PROVINCE_NAME}, {@code EGOV_LLTP_SUBMIT_PATH},
     * {@code EGOV_LLTP_RESULT_PATH}, {@code EGOV_LLTP_STATUS_PATH} (default
     * {@code v2/lyLichTuPhap/traKetQuaHoSoLLTP}) and {@code EGOV_LLTP_POLLS_UNTIL_ISSUED} (default 0); empty when
     * the endpoint is unset.
     */
    public static Optional<CriminalRecordTarget> fromEnvironment() {
        String endpoint = Env.get("EGOV_LLTP_ENDPOINT");
        if (endpoint == null) {
            return Optional.empty();
        }
        return Optional.of(new CriminalRecordTarget(
                URI.create(endpoint),
                Env.required("EGOV_LLTP_AUTH_KEY", "EGOV_LLTP_ENDPOINT"),
                Env.required("EGOV_LLTP_PROVINCE", "EGOV_LLTP_ENDPOINT"),
                Env.get("EGOV_LLTP_PROVINCE_NAME"),
                Env.get("EGOV_LLTP_SUBMIT_PATH", "lltp/guiHoSo"),
                Env.get("EGOV_LLTP_RESULT_PATH", "lltp/nhanTrangThai"),
                Env.get("EGOV_LLTP_STATUS_PATH", "v2/lyLichTuPhap/traKetQuaHoSoLLTP"),
                Integer.parseInt(Env.get("EGOV_LLTP_POLLS_UNTIL_ISSUED", "0"))));
    }

    @Override
    public String toString() {
        return "CriminalRecordTarget[" + endpoint + ", province=" + provinceCode + ", authKey=****]";
    }
}
