package io.github.egovsdk.health.internal;

import io.github.egovsdk.health.HealthAuthenticationException;

/** The token call's {@code maKetQua} codes, explained in English and Vietnamese. */
final class TokenCodes {
    private TokenCodes() {}

    static HealthAuthenticationException failure(String code) {
        String text =
                switch (code) {
                    case "401" ->
                        "The account does not exist or the password is wrong / tài khoản không tồn tại hoặc sai"
                                + " mật khẩu";
                    case "402" -> "Wrong health-facility code / mã cơ sở KCB không đúng";
                    case "403" ->
                        "The account is locked; since 01/08/2024 only named users registered with form 01/dk-ctn"
                                + " may log in / tài khoản đã bị khóa; từ 01/08/2024 chỉ tài khoản người dùng đã "
                                + "đăng ký (mẫu"
                                + " 01/dk-ctn) được đăng nhập";
                    case "500" -> "Gateway system error / lỗi hệ thống";
                    default -> "The gateway refused the login (code " + code + ") / cổng tiếp nhận từ chối đăng nhập";
                };
        return new HealthAuthenticationException(code, text);
    }
}
