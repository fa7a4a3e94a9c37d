package io.github.egovsdk.vneid.population;

import java.util.Objects;

/**
 * How a population-DB SOAP endpoint names its request elements. The public record disagrees (unknown which is
 * canonical), so each variant is selectable and the reply reader accepts all of them:
 * <ul>
 *   <li>request element = the operation name ({@code <qldc:XacThucThongTinCongDan>}, OpenCPS and an NDXP client)
 *       <em>or</em> the operation name + {@code Request} ({@code XacThucThongTinCongDanRequest}, the NDXP mock of
 *       Công văn 761/VPCP-KSTT);</li>
 *   <li>namespace {@code http://dancuquocgia.bca} <em>or</em> {@code http://gtel.vn/qldc} (one mock's
 *       {@code XacMinhThongTinNhanThanRequest});</li>
 *   <li>{@code MaDVC} + {@code MaTichHop} <em>or</em> a single {@code MaDichVu} (the mock).</li>
 * </ul>
 * The first elements are always written in the order the server requires: {@code MaYeuCau, MaDVC, MaTichHop,
 * MaCanBo, SoDinhDanh} (or {@code MaYeuCau, MaDichVu, MaCanBo, SoDinhDanh}), then the rest.
 *
 * @param namespace     the request namespace
 * @param requestSuffix whether the request element is {@code <Operation>Request}
 * @param maDichVu      whether one {@code MaDichVu} replaces {@code MaDVC} + {@code MaTichHop}
 */
public record PopulationSoapDialect(String namespace, boolean requestSuffix, boolean maDichVu) {
    /** {@code http://dancuquocgia.bca}. */
    public static final String BCA_NS = "http://dancuquocgia.bca";
    /** {@code http://gtel.vn/qldc}. */
    public static final String GTEL_NS = "http://gtel.vn/qldc";
    /** OpenCPS / NDXP clients: operation-named element, {@code MaDVC} + {@code MaTichHop}. */
    public static final PopulationSoapDialect STANDARD = new PopulationSoapDialect(BCA_NS, false, false);
    /** The NDXP mock: {@code …Request} element, {@code MaDichVu}. */
    public static final PopulationSoapDialect NDXP_MOCK = new PopulationSoapDialect(BCA_NS, true, true);

    public PopulationSoapDialect {
        Objects.requireNonNull(namespace, "namespace");
    }

    /** The request element's local name for {@code op}. */
    public String requestElement(PopulationOperation op) {
        return requestSuffix ? op.wireName() + "Request" : op.wireName();
    }
}
