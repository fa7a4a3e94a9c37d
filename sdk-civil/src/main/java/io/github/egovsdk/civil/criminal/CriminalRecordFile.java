package io.github.egovsdk.civil.criminal;

/** A file of a criminal-record dossier ({@code fileHoSo[]}: type name, file name, bytes sent base64). */
public record CriminalRecordFile(String typeName, String fileName, byte[] content) {
    public CriminalRecordFile {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
