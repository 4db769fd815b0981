package io.quire.transfer.wordpress;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0–1.2) as a stream, one author, term or item at a time, so a file of any
 * size takes the memory of its largest item. Document type declarations are refused outright: no entity is
 * ever expanded and nothing outside the file is read (no XXE, no billion laughs).
 */
final class WxrReader implements AutoCloseable {

    private static final String WXR_NAMESPACE = "http://wordpress.org/export/";
    private static final Map<String, String> PREFIXES = Map.of(
            "http://purl.org/rss/1.0/modules/content/", "content",
            "http://purl.org/dc/elements/1.1/", "dc",
            "http://wellformedweb.org/CommentAPI/", "wfw");

    private final XMLStreamReader xml;
    private final Map<String, String> channel = new HashMap<>();

    /** Opens the export and reads up to its first author, term or item. */
    WxrReader(InputStream in) throws WxrException {
        try {
            this.xml = factory().createXMLStreamReader(in);
            if (nextStart() == null || !"rss".equals(xml.getLocalName())) {
                throw new WxrException("not-wxr", "The file is XML but not a WordPress export: its root is not <rss>.");
            }
            if (!declaresWxr()) {
                throw new WxrException(
                        "not-wxr", "The file is an RSS feed, not a WordPress export: it declares no WXR namespace.");
            }
        } catch (XMLStreamException e) {
            throw WxrException.of(e);
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /** A field of the channel read so far ({@code wp:base_site_url}, {@code wp:wxr_version}…). */
    String channel(String name) {
        return channel.getOrDefault(name, "");
    }

    /** The next author, term or item; null at the end of the channel. */
    WxrItem next() throws WxrException {
        try {
            String name;
            while ((name = nextStart()) != null) {
                int line = xml.getLocation().getLineNumber();
                switch (name) {
                    case "channel" -> {}
                    case "item" -> {
                        return item(line);
                    }
                    case "wp:author", "wp:category", "wp:tag" -> {
                        return new WxrItem(name.substring(3), line, fields(), List.of(), Map.of(), List.of());
                    }
                    default -> channel.put(name, text());
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw WxrException.of(e);
        }
    }

    private WxrItem item(int line) throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        List<WxrItem.Term> terms = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        List<Map<String, String>> comments = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = name();
            switch (name) {
                case "category" ->
                    terms.add(new WxrItem.Term(attribute("domain"), attribute("nicename"), xml.getElementText()));
                case "wp:postmeta" -> {
                    Map<String, String> pair = fields();
                    meta.put(pair.getOrDefault("wp:meta_key", ""), pair.getOrDefault("wp:meta_value", ""));
                }
                case "wp:comment" -> comments.add(fields());
                default -> fields.put(name, text());
            }
        }
        return new WxrItem("item", line, fields, terms, meta, comments);
    }

    /** The text children of the element just started, by name; nested elements beyond one level are skipped. */
    private Map<String, String> fields() throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            fields.putIfAbsent(name(), text());
        }
        return fields;
    }

    /** The element's text; an element with children gives the text of them all. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(xml.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw refused();
                default -> {}
            }
        }
        return text.toString();
    }

    private String nextStart() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw refused();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return name();
            }
        }
        return null;
    }

    private String name() {
        String uri = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (uri == null || uri.isEmpty()) {
            return local;
        }
        if (uri.startsWith(WXR_NAMESPACE)) {
            return (uri.contains("/excerpt") ? "excerpt:" : "wp:") + local;
        }
        String prefix = PREFIXES.get(uri);
        return prefix == null ? local : prefix + ":" + local;
    }

    private String attribute(String local) {
        String value = xml.getAttributeValue(null, local);
        return value == null ? "" : value;
    }

    private boolean declaresWxr() {
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String uri = xml.getNamespaceURI(i);
            if (uri != null && uri.startsWith(WXR_NAMESPACE)) {
                return true;
            }
        }
        return false;
    }

    private static XMLStreamException refused() {
        return new XMLStreamException(WxrException.DTD_REFUSED);
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing a reader that failed has nothing left to report.
        }
    }
}
