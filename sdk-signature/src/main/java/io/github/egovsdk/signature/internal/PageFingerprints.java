package io.github.egovsdk.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * What a reader sees on each page, as a digest: the page's content streams, media box and every XObject drawn
 * (recursively through forms). Two revisions whose pages have the same fingerprints show the same content; shadow
 * attacks (hide, replace, hide-and-replace) change a fingerprint even though the signed bytes are untouched.
 */
final class PageFingerprints {
    private PageFingerprints() {}

    static List<String> of(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            MessageDigest md = sha256();
            md.update(String.valueOf(page.getMediaBox()).getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = page.getContents()) {
                if (in != null) {
                    feed(in, md);
                }
            }
            resources(page.getResources(), md, new IdentityHashMap<>(), 0);
            out.add(HexFormat.of().formatHex(md.digest()));
        }
        return out;
    }

    private static void resources(PDResources res, MessageDigest md, Map<COSBase, Boolean> seen, int depth)
            throws IOException {
        if (res == null || depth > 16) {
            return;
        }
        // Walk the COS objects directly: PDFBox's typed XObject accessors refuse unusual subtypes.
        COSDictionary xobjects = res.getCOSObject().getCOSDictionary(COSName.XOBJECT);
        if (xobjects != null) {
            // by name, not by key order: a dictionary's entries are unordered (ISO 32000-1 §7.3.7)
            for (COSName name : sorted(xobjects)) {
                COSBase value = xobjects.getDictionaryObject(name);
                md.update(name.getName().getBytes(StandardCharsets.US_ASCII));
                if (!(value instanceof COSStream stream) || seen.put(stream, Boolean.TRUE) != null) {
                    continue;
                }
                try (InputStream in = stream.createRawInputStream()) {
                    feed(in, md);
                }
                if (COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    COSDictionary inner = stream.getCOSDictionary(COSName.RESOURCES);
                    resources(inner == null ? null : new PDResources(inner), md, seen, depth + 1);
                }
            }
        }
        COSDictionary dict = res.getCOSObject();
        md.update(String.valueOf(sorted(dict)).getBytes(StandardCharsets.US_ASCII));
    }

    private static List<COSName> sorted(COSDictionary d) {
        List<COSName> names = new ArrayList<>(d.keySet());
        names.sort(Comparator.comparing(COSName::getName));
        return names;
    }

    private static void feed(InputStream in, MessageDigest md) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            md.update(buffer, 0, n);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
