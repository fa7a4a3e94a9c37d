package io.github.egovsdk.spring.boot.autoconfigure;

import java.nio.file.Path;

/** A signing key on a PKCS#11 token (USB token, HSM) through the JDK's SunPKCS11 provider. */
public class Pkcs11Properties {
    /** The token's PKCS#11 library, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}. */
    private Path library;
    /** Which slot of the library's slot list (0 = the first token). */
    private int slotListIndex;
    /** The token's user PIN (never logged). */
    private String pin;
    /** Alias (label) of the key on the token; unset = the first key. */
    private String alias;

    public Path getLibrary() {
        return library;
    }

    public void setLibrary(Path library) {
        this.library = library;
    }

    public int getSlotListIndex() {
        return slotListIndex;
    }

    public void setSlotListIndex(int slotListIndex) {
        this.slotListIndex = slotListIndex;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }
}
