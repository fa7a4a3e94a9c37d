package io.github.egovsdk.edoc;

import io.github.egovsdk.edoc.internal.EdxmlDates;
import io.github.egovsdk.edoc.internal.XmlOut;
import javax.xml.stream.XMLStreamException;

/** The header parts of a message, in the official library's element order. */
final class EdxmlHeaderWriter {
    private static final String P = "edXML";

    private EdxmlHeaderWriter() {}

    static void documentHeader(XmlOut xml, EdocDocument d) throws XMLStreamException {
        organization(xml, "From", d.from());
        for (Organization to : d.to()) {
            organization(xml, "To", to);
        }
        xml.text(P, "DocumentId", d.documentId());
        xml.open(P, "Code");
        xml.text(P, "CodeNumber", d.code().number());
        xml.text(P, "CodeNotation", d.code().notation());
        xml.close();
        xml.open(P, "PromulgationInfo");
        xml.text(P, "Place", d.place());
        xml.text(P, "PromulgationDate", EdxmlDates.formatDate(d.promulgationDate()));
        xml.close();
        if (d.documentType() != null) {
            xml.open(P, "DocumentType");
            xml.text(P, "Type", String.valueOf(d.documentType().type()));
            if (d.documentType().typeDetail() >= 0) {
                xml.text(P, "TypeDetail", String.valueOf(d.documentType().typeDetail()));
            }
            xml.text(P, "TypeName", d.documentType().typeName());
            xml.close();
        }
        xml.text(P, "Subject", d.subject());
        xml.text(P, "Content", d.content());
        if (d.signerInfo() != null) {
            xml.open(P, "SignerInfo");
            xml.text(P, "Competence", d.signerInfo().competence());
            xml.text(P, "Position", d.signerInfo().position());
            xml.text(P, "FullName", d.signerInfo().fullName());
            xml.close();
        }
        if (d.dueDate() != null) {
            xml.text(P, "DueDate", EdxmlDates.formatDate(d.dueDate()));
        }
        if (d.otherInfo() != null) {
            OtherInfo o = d.otherInfo();
            xml.open(P, "OtherInfo");
            xml.text(P, "Priority", String.valueOf(o.priority()));
            xml.text(P, "SphereOfPromulgation", o.sphereOfPromulgation());
            xml.text(P, "TyperNotation", o.typerNotation());
            xml.text(P, "PromulgationAmount", String.valueOf(o.promulgationAmount()));
            xml.text(P, "PageAmount", String.valueOf(o.pageAmount()));
            xml.text(P, "Direction", String.valueOf(o.direction()));
            if (!o.appendixes().isEmpty()) {
                xml.open(P, "Appendixes");
                for (String a : o.appendixes()) {
                    xml.text(P, "Appendix", a);
                }
                xml.close();
            }
            xml.close();
        }
        for (ResponseFor r : d.responseFor()) {
            responseFor(xml, r);
        }
        xml.text(P, "SteeringType", String.valueOf(d.steeringType()));
        if (!d.toPlaces().isEmpty()) {
            xml.open(P, "ToPlaces");
            for (String place : d.toPlaces()) {
                xml.text(P, "Place", place);
            }
            xml.close();
        }
    }

    static void organization(XmlOut xml, String element, Organization o) throws XMLStreamException {
        xml.open(P, element);
        xml.text(P, "OrganId", o.organId());
        xml.text(P, "OrganizationInCharge", o.organizationInCharge());
        xml.text(P, "OrganName", o.organName());
        xml.text(P, "OrganAdd", o.organAdd());
        xml.text(P, "Email", o.email());
        xml.text(P, "Telephone", o.telephone());
        xml.text(P, "Fax", o.fax());
        xml.text(P, "Website", o.website());
        xml.close();
    }

    static void responseFor(XmlOut xml, ResponseFor r) throws XMLStreamException {
        xml.open(P, "ResponseFor");
        xml.text(P, "OrganId", r.organId());
        xml.text(P, "Code", r.code());
        xml.text(P, "DocumentId", r.documentId());
        xml.text(P, "PromulgationDate", r.promulgationDate());
        xml.close();
    }

    static void staffInfo(XmlOut xml, StaffInfo s) throws XMLStreamException {
        if (s == null) {
            return;
        }
        xml.open(P, "StaffInfo");
        xml.text(P, "Department", s.department());
        xml.text(P, "DepartmentId", s.departmentId());
        xml.text(P, "Staff", s.staff());
        xml.text(P, "StaffId", s.staffId());
        xml.text(P, "Email", s.email());
        xml.text(P, "Mobile", s.mobile());
        xml.close();
    }

    /**
     * {@code Bussiness/DocumentId} — "the document concerned": as set, else for a revocation or update the document
     * named in the first {@code ResponseFor} (the official update sample carries its target there).
     */
    private static String businessDocumentId(EdocDocument d) {
        Business b = d.business();
        if (b.documentId() != null
                || d.responseFor().isEmpty()
                || (b.type() != BusinessDocType.REVOKE && b.type() != BusinessDocType.UPDATE)) {
            return b.documentId();
        }
        return d.responseFor().get(0).documentId();
    }

    /** TraceHeaders first, then the business block (the order of the official samples). */
    static void traceHeaderList(XmlOut xml, EdocDocument d) throws XMLStreamException {
        xml.open(P, "TraceHeaderList");
        for (TraceHeader t : d.traceHeaders()) {
            xml.open(P, "TraceHeader");
            xml.text(P, "OrganId", t.organId());
            xml.text(P, "Timestamp", t.timestamp());
            xml.close();
        }
        Business b = d.business();
        xml.open(P, "Bussiness");
        xml.text(P, "DocumentId", businessDocumentId(d));
        xml.text(P, "BussinessDocType", String.valueOf(b.type().code()));
        xml.text(P, "BussinessDocReason", b.reason());
        xml.text(P, "Paper", b.paper() ? "1" : "0");
        if (b.type() == BusinessDocType.UPDATE) {
            xml.open(P, "BussinessDocumentInfo");
            xml.text(P, "DocumentInfo", b.documentInfoChanged() ? "1" : "0");
            xml.text(P, "DocumentReceiver", b.receiversChanged() ? "1" : "0");
            xml.open(P, "ReceiverList");
            for (Receiver r : b.receivers()) {
                xml.open(P, "Receiver");
                xml.text(P, "OrganId", r.organId());
                xml.text(P, "ReceiverType", r.receiverType());
                xml.close();
            }
            xml.close();
            xml.close();
        }
        if (b.type() == BusinessDocType.REPLACE) {
            xml.open(P, "ReplacementInfoList");
            for (ReplacementInfo r : b.replacements()) {
                xml.open(P, "ReplacementInfo");
                xml.text(P, "DocumentId", r.documentId());
                xml.open(P, "OrganIdList");
                for (String id : r.organIds()) {
                    xml.text(P, "OrganId", id);
                }
                xml.close();
                xml.close();
            }
            xml.close();
        }
        for (StaffInfo s : b.staff()) {
            staffInfo(xml, s);
        }
        xml.close();
        xml.close();
    }
}
