package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.registration.PayloadFormatException;
import io.github.egovsdk.core.xml.SecureXml;
import io.github.egovsdk.core.xml.XmlLimits;
import io.github.egovsdk.core.xml.XmlSecurityException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the civil-status XML: {@code <hoTich>} as a direct child of a root whose name is not published (any root is
 * accepted; a document whose root is {@code hoTich} itself is accepted too) into field name → text. Parsed with
 * {@link SecureXml} (no DTD, no entities), depth-bounded, size-checked before parsing.
 */
public final class HoTichXml {
    private static final XmlLimits LIMITS = new XmlLimits(16, 1 << 20, 16, 0);
    /** Building a secure factory costs more than parsing a small payload: one builder per thread, reset per use. */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        DocumentBuilder b = SecureXml.newDocumentBuilder(LIMITS);
        b.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e; // no "[Fatal Error]" line on stderr: the message may quote the payload
            }
        });
        return b;
    });

    private HoTichXml() {}

    /** The fields; duplicates keep the first value and are reported in {@code warnings}. */
    public static Map<String, String> fields(String xml, int maxChars, List<String> warnings) {
        if (xml == null || xml.isBlank()) {
            throw new PayloadFormatException(
                    "data.data", "the civil-status XML is empty / dữ liệu hộ tịch (XML)" + " rỗng", false, null);
        }
        if (xml.length() > maxChars) {
            throw new PayloadFormatException(
                    "data.data",
                    "the civil-status XML has " + xml.length() + " characters, over the limit of " + maxChars
                            + " / dữ liệu XML vượt quá giới hạn",
                    true,
                    null);
        }
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        Element hoTich = "hoTich".equals(local(root)) ? root : child(root, "hoTich");
        if (hoTich == null) {
            throw new PayloadFormatException(
                    "data.data",
                    "no <hoTich> element under the root <" + local(root) + "> / không có phần tử hoTich",
                    false,
                    null);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Node n = hoTich.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = local(e);
                if (child(e, null) != null) {
                    warnings.add("hoTich." + name + " has child elements; only its text is read");
                }
                String text = e.getTextContent();
                if (out.containsKey(name)) {
                    warnings.add("hoTich." + name + " appears more than once; the first is used");
                } else {
                    out.put(name, text == null || text.isBlank() ? null : text.strip());
                }
            }
        }
        return out;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilder b = BUILDER.get();
            return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXParseException e) {
            throw refusal(e);
        } catch (SAXException | IOException | RuntimeException e) {
            throw refusal(e);
        }
    }

    private static PayloadFormatException refusal(Exception e) {
        String m = String.valueOf(e.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        boolean unsafe = lower.contains("doctype")
                || lower.contains("entity")
                || lower.contains("limit")
                || lower.contains("external")
                || e instanceof XmlSecurityException;
        String why = unsafe
                ? "unsafe XML refused (DTD, entity or limit) / XML không an toàn bị từ chối"
                : "malformed XML / XML sai cú pháp";
        return new PayloadFormatException("data.data", why + ": " + firstLine(m), unsafe, null);
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        String s = nl < 0 ? m : m.substring(0, nl);
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static String local(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(local(e)))) {
                return e;
            }
        }
        return null;
    }
}
