package io.github.egovsdk.edoc;

import io.github.egovsdk.core.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A revocation, update or replacement must say which document it acts on, or a receiver cannot apply it: REVOKE and
 * UPDATE name it in {@code ResponseFor} (the official revocation sample does), REPLACE in
 * {@code Bussiness/ReplacementInfoList} (the official replacement sample does).
 */
final class BusinessTargets {
    static final String RULE = "BusinessTarget";

    private BusinessTargets() {}

    static List<Violation> violations(EdocDocument d) {
        List<Violation> out = new ArrayList<>();
        if (d.business() == null) {
            return out;
        }
        BusinessDocType type = d.business().type();
        if (type == BusinessDocType.REVOKE || type == BusinessDocType.UPDATE) {
            String verb = type == BusinessDocType.REVOKE ? "revokes" : "updates";
            String dong = type == BusinessDocType.REVOKE ? "thu hồi" : "cập nhật";
            if (d.responseFor().isEmpty()) {
                out.add(new Violation(
                        "responseFor",
                        RULE,
                        "A " + type + " document must name the document it " + verb + " (ResponseFor) / Văn bản " + dong
                                + " phải nêu văn bản bị " + dong + " (ResponseFor)",
                        null));
            }
            for (int i = 0; i < d.responseFor().size(); i++) {
                ResponseFor r = d.responseFor().get(i);
                if (blank(r.organId())) {
                    out.add(new Violation(
                            "responseFor[" + i + "].organId",
                            RULE,
                            "The agency that issued the document" + " " + verb
                                    + " is required / Mã cơ quan ban hành văn bản bị " + dong + " là bắt buộc",
                            null));
                }
                if (blank(r.documentId())) {
                    out.add(new Violation(
                            "responseFor[" + i + "].documentId",
                            RULE,
                            "The DocumentId of the document " + verb + " is required / Mã văn bản bị " + dong
                                    + " là bắt buộc",
                            null));
                }
            }
        }
        if (type == BusinessDocType.REPLACE) {
            List<ReplacementInfo> replaced = d.business().replacements();
            if (replaced.isEmpty()) {
                out.add(new Violation(
                        "business.replacements",
                        RULE,
                        "A REPLACE document must name the document it"
                                + " replaces (ReplacementInfoList) / Văn bản thay thế phải nêu văn bản bị thay thế"
                                + " (ReplacementInfoList)",
                        null));
            }
            for (int i = 0; i < replaced.size(); i++) {
                if (blank(replaced.get(i).documentId())) {
                    out.add(new Violation(
                            "business.replacements[" + i + "].documentId",
                            RULE,
                            "The DocumentId of the"
                                    + " document replaced is required / Mã văn bản bị thay thế là bắt buộc",
                            null));
                }
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
