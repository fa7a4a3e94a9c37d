package io.github.egovsdk.signature.verify;

/** Why a validation did not pass (ETSI EN 319 102-1 §5.1.3), with a Vietnamese explanation. */
public enum SubIndication {
    FORMAT_FAILURE("Cấu trúc chữ ký hoặc tài liệu không hợp lệ, hoặc tài liệu bị sửa đổi sau khi ký"),
    HASH_FAILURE("Giá trị băm không khớp: nội dung đã bị thay đổi sau khi ký"),
    SIG_CRYPTO_FAILURE("Giá trị chữ ký không đúng với khóa công khai của người ký"),
    REVOKED("Chứng thư số của người ký đã bị thu hồi"),
    REVOKED_NO_POE("Chứng thư số đã bị thu hồi và không có bằng chứng chữ ký tồn tại trước đó"),
    EXPIRED("Chứng thư số đã hết hạn tại thời điểm ký"),
    NOT_YET_VALID("Chứng thư số chưa có hiệu lực tại thời điểm ký"),
    CRYPTO_CONSTRAINTS_FAILURE(
            "Thuật toán hoặc độ dài khóa không đáp ứng yêu cầu an toàn (ví dụ SHA-1, MD5, RSA < 2048)"),
    CRYPTO_CONSTRAINTS_FAILURE_NO_POE(
            "Thuật toán yếu và không có bằng chứng chữ ký tồn tại trước khi thuật toán bị coi là yếu"),
    NO_SIGNING_CERTIFICATE_FOUND("Không xác định được chứng thư số của người ký"),
    NO_CERTIFICATE_CHAIN_FOUND("Không xây dựng được chuỗi chứng thư tới một CA gốc tin cậy"),
    SIGNED_DATA_NOT_FOUND("Không tìm thấy dữ liệu đã được ký"),
    OUT_OF_BOUNDS_NO_POE("Thời điểm kiểm tra nằm ngoài thời hạn hiệu lực của chứng thư"),
    OUT_OF_BOUNDS_NOT_REVOKED("Chứng thư đã hết hạn (chưa bị thu hồi) và không có bằng chứng chữ ký tồn tại trước đó"),
    TRY_LATER("Chưa có thông tin trạng thái chứng thư; hãy kiểm tra lại sau");

    private final String vietnamese;

    SubIndication(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
