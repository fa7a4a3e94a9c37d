package io.github.egovsdk.edoc;

/** Document type (loại văn bản), opaque codes plus the name, e.g. {@code 1} / {@code 0} / {@code Công văn}. */
public record DocumentType(int type, int typeDetail, String typeName) {
    public static DocumentType officialLetter() {
        return new DocumentType(1, 0, "Công văn");
    }
}
