import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step of the runnable CLI jar (run by the JDK's source launcher after shading): class files older than Java 6
 * (major version 49, picocli's) are marked version 50. The JVM's class-data sharing (the ./egov launcher's AppCDS
 * archive) skips every pre-Java-6 class, so picocli's ~170 classes were loaded, parsed and verified from the jar at
 * every start; version 50 has the same class-file format (its StackMapTable is optional, the JVM verifies such a
 * class by type inference as before), so nothing else changes. Entry order, times and methods are kept: the jar
 * stays reproducible. Usage: {@code java CdsReadyJar.java JAR}.
 */
public final class CdsReadyJar {
    private static final int JAVA_6 = 50;

    private CdsReadyJar() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int patched = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] data;
                try (InputStream s = in.getInputStream(e)) {
                    data = s.readAllBytes();
                }
                if (e.getName().endsWith(".class") && oldClass(data)) {
                    data[6] = 0;
                    data[7] = JAVA_6;
                    patched++;
                }
                out.putNextEntry(copyOf(e, data));
                out.write(data);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("CdsReadyJar: " + patched + " pre-Java-6 classes marked version 50 in " + jar);
    }

    private static boolean oldClass(byte[] d) {
        return d.length > 8 && (d[0] & 0xFF) == 0xCA && (d[1] & 0xFF) == 0xFE && (d[2] & 0xFF) == 0xBA
                && (d[3] & 0xFF) == 0xBE && d[6] == 0 && (d[7] & 0xFF) < JAVA_6;
    }

    private static ZipEntry copyOf(ZipEntry e, byte[] data) {
        ZipEntry c = new ZipEntry(e.getName());
        c.setTime(e.getTime());
        c.setMethod(e.getMethod());
        if (e.getMethod() == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(data);
            c.setSize(data.length);
            c.setCompressedSize(data.length);
            c.setCrc(crc.getValue());
        }
        if (e.getComment() != null) {
            c.setComment(e.getComment());
        }
        return c;
    }
}
