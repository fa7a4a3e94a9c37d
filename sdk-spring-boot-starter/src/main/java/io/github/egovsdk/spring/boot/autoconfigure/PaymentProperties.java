package io.github.egovsdk.spring.boot.autoconfigure;

/** The national payment platform (thanh toán trực tuyến): partner code, shared secret, the server's IPv4. */
public class PaymentProperties extends ServiceProperties {
    /** {@code MaDoiTac}: the partner code. */
    private String partnerCode;
    /** The shared secret of {@code MaXacThuc} (never logged). */
    private String secret;
    /** The server's IPv4 address, sent as {@code Ip}. */
    private String serverIp;
    /** {@code MaNganHang} of INIT; default {@code PAYMENT} (the payer chooses). */
    private String bankCode;

    public String getPartnerCode() {
        return partnerCode;
    }

    public void setPartnerCode(String partnerCode) {
        this.partnerCode = partnerCode;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getServerIp() {
        return serverIp;
    }

    public void setServerIp(String serverIp) {
        this.serverIp = serverIp;
    }

    public String getBankCode() {
        return bankCode;
    }

    public void setBankCode(String bankCode) {
        this.bankCode = bankCode;
    }
}
