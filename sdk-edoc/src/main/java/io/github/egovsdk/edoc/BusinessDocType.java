package io.github.egovsdk.edoc;

import java.util.Arrays;
import java.util.Optional;

/** What a document does to earlier ones (edXML {@code Bussiness/BussinessDocType}). */
public enum BusinessDocType {
    NEW(0, "Văn bản điện tử mới"),
    REVOKE(1, "Thu hồi văn bản điện tử"),
    UPDATE(2, "Cập nhật văn bản điện tử"),
    REPLACE(3, "Văn bản thay thế");

    private final int code;
    private final String vietnamese;

    BusinessDocType(int code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    public int code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public static Optional<BusinessDocType> fromCode(String code) {
        return Arrays.stream(values())
                .filter(t -> String.valueOf(t.code).equals(code == null ? "" : code.strip()))
                .findFirst();
    }
}
