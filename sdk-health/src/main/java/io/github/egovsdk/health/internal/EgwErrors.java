package io.github.egovsdk.health.internal;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.http.HttpHeaders;
import io.github.egovsdk.core.http.ServiceErrorDecoder;
import io.github.egovsdk.health.HealthAuthenticationException;

/**
 * HTTP errors of the gateway: 403 is how an unregistered IP address is refused (the 2024 allow-list; the gateway's
 * exact answer is not published, so every 403 is explained this way); the rest as the SDK's default.
 */
public final class EgwErrors implements ServiceErrorDecoder {
    public static final EgwErrors INSTANCE = new EgwErrors();

    private EgwErrors() {}

    public static HealthAuthenticationException ipNotAllowed() {
        return new HealthAuthenticationException(
                "IP_NOT_ALLOWED",
                "The gateway refused this IP address: since"
                        + " 27/07/2024 only public IP addresses registered with form 01/dk-ip-ctn (through the "
                        + "provincial"
                        + " Social Security office) may connect / cổng tiếp nhận từ chối địa chỉ IP: từ 27/07/2024 "
                        + "chỉ địa"
                        + " chỉ IP đã đăng ký theo mẫu 01/dk-ip-ctn (qua BHXH tỉnh) mới được kết nối");
    }

    @Override
    public EgovServiceException decode(int statusCode, HttpHeaders headers, String bodyExcerpt) {
        if (statusCode == 403) {
            return ipNotAllowed();
        }
        return ServiceErrorDecoder.defaultDecoder().decode(statusCode, headers, bodyExcerpt);
    }
}
