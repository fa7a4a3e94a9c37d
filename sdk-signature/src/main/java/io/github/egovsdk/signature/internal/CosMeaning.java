package io.github.egovsdk.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Whether two PDF objects mean the same (ISO 32000-1 §7.3.7: a dictionary's entries are unordered): dictionaries
 * by their key/value sets, arrays element by element, indirect references by object number, streams also by their
 * raw bytes, numbers by value. An incremental update that only rewrites an object in another key order (as some
 * writers do with a page's {@code /Resources}) changes nothing a reader shows.
 */
final class CosMeaning {
    private static final int MAX_DEPTH = 32;
    private static final long MAX_STREAM = 16L * 1024 * 1024;

    private CosMeaning() {}

    static boolean same(COSBase a, COSBase b) {
        return same(a, b, 0);
    }

    private static boolean same(COSBase a, COSBase b, int depth) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || depth > MAX_DEPTH) {
            return false;
        }
        if (a instanceof COSObject x && b instanceof COSObject y) {
            return x.getKey() != null && x.getKey().equals(y.getKey());
        }
        if (a instanceof COSObject || b instanceof COSObject) {
            return false; // direct vs indirect: not the same object graph
        }
        if (a instanceof COSStream x && b instanceof COSStream y) {
            return sameEntries(x, y, depth) && sameBytes(x, y);
        }
        if (a instanceof COSStream || b instanceof COSStream) {
            return false;
        }
        if (a instanceof COSDictionary x && b instanceof COSDictionary y) {
            return sameEntries(x, y, depth);
        }
        if (a instanceof COSArray x && b instanceof COSArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSNumber x && b instanceof COSNumber y) {
            return Float.compare(x.floatValue(), y.floatValue()) == 0 && x.longValue() == y.longValue();
        }
        if (a instanceof COSString x && b instanceof COSString y) {
            return Arrays.equals(x.getBytes(), y.getBytes());
        }
        return a.equals(b); // names, booleans, null
    }

    private static boolean sameEntries(COSDictionary x, COSDictionary y, int depth) {
        if (x.size() != y.size() || !x.keySet().equals(y.keySet())) {
            return false;
        }
        for (COSName key : x.keySet()) {
            if (!same(x.getItem(key), y.getItem(key), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBytes(COSStream x, COSStream y) {
        if (x.getLength() != y.getLength() || x.getLength() > MAX_STREAM) {
            return false;
        }
        try (InputStream a = x.createRawInputStream();
                InputStream b = y.createRawInputStream()) {
            return Arrays.equals(a.readAllBytes(), b.readAllBytes());
        } catch (IOException e) {
            return false;
        }
    }
}
