package io.github.egovsdk.edoc.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names on disk for attachment names as senders write them: any length, any character, duplicates. The result
 * is one path segment inside the folder (no {@code /}, {@code \}, {@code ..}), without control or Windows-reserved
 * characters ({@code <>:"|?*}), device names (CON, NUL, COM1…) or trailing dots and spaces, and at most 255 bytes in
 * UTF-8 — the limit of ext4, XFS, Btrfs and APFS (NTFS counts 255 UTF-16 units, which 255 bytes never exceed) —
 * cut at a character boundary with the extension kept. The original name stays in the model.
 */
public final class SafeFileNames {
    /** Bytes a file-name segment may hold on common file systems. */
    public static final int MAX_BYTES = 255;

    private static final Pattern RESERVED = Pattern.compile("[\\p{Cntrl}<>:\"|?*\\u2028\\u2029]");
    private static final Set<String> DEVICES = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final int MAX_EXTENSION_BYTES = 32;

    private SafeFileNames() {}

    /** The safe segment for a name (the last path segment of it), or {@code attachment-{contentId}} when none is left.
     * */
    public static String of(String name, String contentId) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = RESERVED.matcher(base).replaceAll("_").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        while (base.endsWith(".") || base.endsWith(" ")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.isEmpty()) {
            base = "attachment-"
                    + (contentId == null
                            ? "1"
                            : RESERVED.matcher(contentId.replace('/', '_').replace('\\', '_'))
                                    .replaceAll("_"));
        }
        String stem = stem(base);
        if (DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
            base = "_" + base;
        }
        return fit(base, "");
    }

    /**
     * Creates an empty file for {@code safeName} in {@code directory}, adding {@code -2}, {@code -3}… before the
     * extension when the name is taken (atomically: two attachments of the same name never overwrite each other).
     */
    public static Path reserve(Path directory, String safeName) throws IOException {
        for (int i = 1; ; i++) {
            String candidate = i == 1 ? safeName : fit(safeName, "-" + i);
            Path target = directory.resolve(candidate);
            if (!target.normalize().getParent().equals(directory.normalize())) {
                throw new IOException("Unsafe attachment file name: " + candidate);
            }
            try {
                return Files.createFile(target);
            } catch (FileAlreadyExistsException taken) {
                // next suffix
            }
        }
    }

    /** {@code name} with {@code suffix} before its extension, the stem shortened until the whole fits. */
    static String fit(String name, String suffix) {
        String extension = extension(name);
        String stem = name.substring(0, name.length() - extension.length());
        int budget = MAX_BYTES - utf8(extension) - utf8(suffix);
        if (utf8(stem) > budget) {
            stem = truncate(stem, budget);
        }
        return stem + suffix + extension;
    }

    private static String stem(String name) {
        return name.substring(0, name.length() - extension(name).length());
    }

    /** {@code .ext} when short and not the whole name; otherwise empty. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        String ext = name.substring(dot);
        return utf8(ext) <= MAX_EXTENSION_BYTES && !ext.contains(" ") ? ext : "";
    }

    /** The longest prefix of whole characters (graphemes: a letter with its marks) within {@code maxBytes}. */
    private static String truncate(String s, int maxBytes) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(s);
        int end = 0;
        int bytes = 0;
        for (int b = graphemes.next(); b != BreakIterator.DONE; b = graphemes.next()) {
            bytes += utf8(s.substring(end, b));
            if (bytes > maxBytes) {
                break;
            }
            end = b;
        }
        return s.substring(0, end).replaceAll("[. ]+$", "");
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
