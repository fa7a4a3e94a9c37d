package io.github.egovsdk.signature.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Objects of the signed revision that a later incremental update redefined (same object number, new offset in the
 * cross-reference table), classified as permitted (catalog, pages' annotation lists, form fields and widgets, later
 * signatures' dictionaries, document info, metadata, validation data) or not (content streams, XObjects, fonts,
 * existing annotations, this signature's own dictionary): the footprint of shadow and spoofing attacks.
 */
final class RedefinedObjects {
    private RedefinedObjects() {
    }

    static List<String> notPermitted(PDDocument signedRevision, PDDocument finalDoc, byte[] thisSignatureContents) {
        Map<COSObjectKey, Long> before = signedRevision.getDocument().getXrefTable();
        Map<COSObjectKey, Long> after = finalDoc.getDocument().getXrefTable();
        List<String> out = new ArrayList<>();
        java.util.Set<COSObjectKey> validationData = validationDataKeys(finalDoc);
        for (Map.Entry<COSObjectKey, Long> e : before.entrySet()) {
            Long now = after.get(e.getKey());
            if (now == null || now.equals(e.getValue()) || validationData.contains(e.getKey())) {
                continue;
            }
            COSObject obj = finalDoc.getDocument().getObjectFromPool(e.getKey());
            COSBase base = obj == null ? null : obj.getObject();
            String why = classify(base, thisSignatureContents);
            if (why != null) {
                out.add(why + " (object " + e.getKey().getNumber() + ")");
            }
        }
        return out;
    }

    /** The DSS dictionary and its arrays, when indirect: a later DSS revision may extend them (PAdES B-LT/B-LTA). */
    private static java.util.Set<COSObjectKey> validationDataKeys(PDDocument finalDoc) {
        java.util.Set<COSObjectKey> keys = new java.util.HashSet<>();
        COSBase dss = finalDoc.getDocumentCatalog().getCOSObject().getItem(DssData.DSS);
        if (dss instanceof COSObject o && o.getKey() != null) {
            keys.add(o.getKey());
        }
        COSBase resolved = dss instanceof COSObject o ? o.getObject() : dss;
        if (resolved instanceof COSDictionary d) {
            for (COSBase v : d.getValues()) {
                if (v instanceof COSObject o && o.getKey() != null) {
                    keys.add(o.getKey());
                }
            }
        }
        return keys;
    }

    /** Null when the redefinition is permitted, else what was changed. */
    private static String classify(COSBase base, byte[] thisSignatureContents) {
        if (base instanceof COSStream stream) {
            COSName type = stream.getCOSName(COSName.TYPE);
            if (COSName.METADATA.equals(type)) {
                return null;
            }
            return "stream redefined" + (COSName.XOBJECT.equals(type) ? " (XObject)" : "");
        }
        if (!(base instanceof COSDictionary d)) {
            return "object redefined";
        }
        COSName type = d.getCOSName(COSName.TYPE);
        COSName subtype = d.getCOSName(COSName.SUBTYPE);
        if (COSName.CATALOG.equals(type) || COSName.PAGE.equals(type) || COSName.PAGES.equals(type)
                || d.containsKey(COSName.FIELDS) || d.containsKey(COSName.FT) || COSName.WIDGET.equals(subtype)
                || d.containsKey(COSName.PRODUCER) || d.containsKey(COSName.MOD_DATE)
                || d.containsKey(COSName.getPDFName("VRI")) || d.containsKey(COSName.getPDFName("OCSPs"))
                || d.containsKey(DssData.CERTS) || d.containsKey(DssData.CRLS)) {
            return null;
        }
        if (COSName.SIG.equals(type) || COSName.getPDFName("DocTimeStamp").equals(type)
                || d.containsKey(COSName.BYTERANGE)) {
            COSBase c = d.getDictionaryObject(COSName.CONTENTS);
            byte[] contents = c instanceof org.apache.pdfbox.cos.COSString str ? str.getBytes() : null;
            return java.util.Arrays.equals(contents, thisSignatureContents) || contents == null
                    ? "signature dictionary modified after signing" : "another signature's dictionary modified";
        }
        if (COSName.ANNOT.equals(type) || subtype != null && d.containsKey(COSName.RECT)) {
            return "existing annotation modified";
        }
        if (COSName.FONT.equals(type)) {
            return "font redefined";
        }
        return "object redefined";
    }
}
