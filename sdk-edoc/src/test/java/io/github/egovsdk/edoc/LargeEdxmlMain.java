package io.github.egovsdk.edoc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Run by {@link LargeEdxmlSmallHeapTest} in a JVM with -Xmx64m: builds then parses an edXML with a huge attachment. */
public final class LargeEdxmlMain {
    private LargeEdxmlMain() {}

    public static void main(String[] args) throws Exception {
        Path attachment = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        EdocDocument doc = EdocDocument.builder()
                .from(Organization.of("000.00.00.H27", "UBND tỉnh Bắc Ninh"))
                .to(Organization.of("000.00.01.H27", "Sở Tư pháp"))
                .code("1", "UBND-VP")
                .subject("Tệp lớn")
                .promulgation("Bắc Ninh", LocalDate.of(2026, 11, 23))
                .attachment(Attachment.ofFile("1", attachment))
                .build();
        Path edxml = dir.resolve("large.edxml");
        EdxmlWriter.Result written = EdxmlWriter.standard().write(doc, edxml);
        ParsedEdxml parsed = EdxmlReader.builder()
                .attachmentDirectory(dir.resolve("out"))
                .build()
                .read(edxml);
        ParsedAttachment a = parsed.attachments().get(0);
        System.out.println("written=" + written.size() + " decoded=" + a.size() + " sha256=" + a.sha256()
                + " heapMaxMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Files.delete(edxml);
        Files.delete(a.file());
    }
}
