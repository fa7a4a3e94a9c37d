package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.signature.keys.SigningKey;
import io.github.egovsdk.signature.keys.SigningKeys;
import java.nio.file.Files;

/** Opens a PKCS#11 key from {@code ...pkcs11.*} properties; failures name the property. */
final class Pkcs11Keys {
    private Pkcs11Keys() {}

    static SigningKey load(Pkcs11Properties p, String prefix, String service) {
        if (!Files.isRegularFile(p.getLibrary())) {
            throw Required.invalid(
                    prefix + ".library", p.getLibrary(), "no such PKCS#11 library / không có thư viện PKCS#11");
        }
        String pin = Required.text(p.getPin(), prefix + ".pin", service);
        if (p.getSlotListIndex() < 0) {
            throw Required.invalid(prefix + ".slot-list-index", p.getSlotListIndex(), "must be 0 or more");
        }
        try {
            return SigningKeys.fromPkcs11(
                    p.getLibrary(), p.getSlotListIndex(), label -> pin.toCharArray(), p.getAlias());
        } catch (EgovException e) {
            throw Required.invalid(
                    prefix + (e.getMessage().contains("PIN") ? ".pin" : ".library"),
                    p.getLibrary(),
                    "cannot open the key on the token / không mở được khóa trên thiết bị: " + e.getMessage());
        }
    }
}
