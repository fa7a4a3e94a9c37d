package io.github.egovsdk.spring.boot.autoconfigure;

/** The national public-service portal's adapter (Cổng DVCQG): the adapter account and the {@code dstcode}. */
public class PortalProperties extends ServiceProperties {
    /** The adapter account's user name. */
    private String username;
    /** The adapter account's password (never logged). */
    private String password;
    /** The {@code dstcode} header the adapter requires. */
    private String dstCode;
    /** The agency code sent as {@code madonvi} (mã đơn vị); default the dst-code. */
    private String agencyCode;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDstCode() {
        return dstCode;
    }

    public void setDstCode(String dstCode) {
        this.dstCode = dstCode;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }
}
