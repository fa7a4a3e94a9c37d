package io.github.egovsdk.signature.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Objects of the signed revision that a later incremental update redefined (same object number, new offset in the
 * cross-reference table), classified as permitted (catalog, pages' annotation lists, the AcroForm, signature fields
 * and their widgets, later signatures' dictionaries, document info, metadata, validation data; other form fields only
 * when a certification signature's DocMDP allows form filling, P = 2 or 3) or not (content streams, XObjects, fonts,
 * existing annotations, form values without that permission — the shadow "replace" attack —, this signature's own
 * dictionary): the footprint of shadow and spoofing attacks.
 */
final class RedefinedObjects {
    private RedefinedObjects() {}

    static List<String> notPermitted(PDDocument signedRevision, PDDocument finalDoc, byte[] thisSignatureContents) {
        Map<COSObjectKey, Long> before = signedRevision.getDocument().getXrefTable();
        Map<COSObjectKey, Long> after = finalDoc.getDocument().getXrefTable();
        List<String> out = new ArrayList<>();
        Set<COSObjectKey> validationData = validationDataKeys(finalDoc);
        boolean formFilling = formFillingAllowed(signedRevision);
        for (Map.Entry<COSObjectKey, Long> e : before.entrySet()) {
            Long now = after.get(e.getKey());
            if (now == null || now.equals(e.getValue()) || validationData.contains(e.getKey())) {
                continue;
            }
            COSObject obj = finalDoc.getDocument().getObjectFromPool(e.getKey());
            COSBase base = obj == null ? null : obj.getObject();
            COSObject old = signedRevision.getDocument().getObjectFromPool(e.getKey());
            if (base != null && old != null && CosMeaning.same(old.getObject(), base)) {
                continue; // rewritten with the same meaning (e.g. keys reordered): nothing changed
            }
            String why = classify(base, thisSignatureContents, formFilling);
            if (why != null) {
                out.add(why + " (object " + e.getKey().getNumber() + ")");
            }
        }
        return out;
    }

    /** The DSS dictionary and its arrays, when indirect: a later DSS revision may extend them (PAdES B-LT/B-LTA). */
    private static Set<COSObjectKey> validationDataKeys(PDDocument finalDoc) {
        Set<COSObjectKey> keys = new HashSet<>();
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

    /** True when the signed revision is certified (DocMDP) with P = 2 or 3: filling in form fields is allowed. */
    private static boolean formFillingAllowed(PDDocument signedRevision) {
        COSDictionary perms =
                signedRevision.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("Perms"));
        COSDictionary docMdp = perms == null ? null : perms.getCOSDictionary(COSName.getPDFName("DocMDP"));
        COSArray refs = docMdp == null ? null : docMdp.getCOSArray(COSName.getPDFName("Reference"));
        if (refs == null) {
            return false;
        }
        for (COSBase r : refs) {
            COSBase resolved = r instanceof COSObject o ? o.getObject() : r;
            if (resolved instanceof COSDictionary ref) {
                COSDictionary params = ref.getCOSDictionary(COSName.getPDFName("TransformParams"));
                int p = params == null ? 2 : params.getInt(COSName.P, 2); // P defaults to 2 (ISO 32000-1 12.8.2.2)
                if (p == 2 || p == 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Null when the redefinition is permitted, else what was changed. */
    private static String classify(COSBase base, byte[] thisSignatureContents, boolean formFilling) {
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
        boolean field = d.containsKey(COSName.FT) || COSName.WIDGET.equals(subtype);
        if (field && !COSName.SIG.equals(fieldType(d)) && !formFilling) {
            return "form field value or appearance changed after signing";
        }
        if (COSName.CATALOG.equals(type)
                || COSName.PAGE.equals(type)
                || COSName.PAGES.equals(type)
                || d.containsKey(COSName.FIELDS)
                || field
                || d.containsKey(COSName.PRODUCER)
                || d.containsKey(COSName.MOD_DATE)
                || d.containsKey(COSName.getPDFName("VRI"))
                || d.containsKey(COSName.getPDFName("OCSPs"))
                || d.containsKey(DssData.CERTS)
                || d.containsKey(DssData.CRLS)) {
            return null;
        }
        if (COSName.SIG.equals(type)
                || COSName.getPDFName("DocTimeStamp").equals(type)
                || d.containsKey(COSName.BYTERANGE)) {
            COSBase c = d.getDictionaryObject(COSName.CONTENTS);
            byte[] contents = c instanceof COSString str ? str.getBytes() : null;
            return Arrays.equals(contents, thisSignatureContents) || contents == null
                    ? "signature dictionary modified after signing"
                    : "another signature's dictionary modified";
        }
        if (COSName.ANNOT.equals(type) || subtype != null && d.containsKey(COSName.RECT)) {
            return "existing annotation modified";
        }
        if (COSName.FONT.equals(type)) {
            return "font redefined";
        }
        return "object redefined";
    }

    /** A field's type, inherited from its parent when a widget or kid does not carry it (ISO 32000-1 12.7.3.1). */
    private static COSName fieldType(COSDictionary d) {
        COSDictionary node = d;
        for (int depth = 0; node != null && depth < 16; depth++) {
            COSName ft = node.getCOSName(COSName.FT);
            if (ft != null) {
                return ft;
            }
            node = node.getCOSDictionary(COSName.PARENT);
        }
        return null;
    }
}
