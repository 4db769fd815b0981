package io.quire.feed;

import io.quire.article.PublishedArticle;
import java.io.StringWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/**
 * Writes a sitemap (sitemaps.org protocol 0.9, with the image extension for feature images) with the JDK's streaming
 * XML writer.
 */
@Component
class Sitemaps {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String IMAGE_NAMESPACE = "http://www.google.com/schemas/sitemap-image/1.1";

    private final SiteProperties site;
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    Sitemaps(SiteProperties site) {
        this.site = site;
    }

    String write(List<PublishedArticle> articles) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("image", IMAGE_NAMESPACE);
            for (PublishedArticle article : articles) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, "loc", site.articleLink(article.slug()));
                element(
                        xml,
                        "lastmod",
                        article.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                if (article.imageUrl() != null) {
                    xml.writeStartElement("image", "image", IMAGE_NAMESPACE);
                    xml.writeStartElement("image", "loc", IMAGE_NAMESPACE);
                    xml.writeCharacters(XmlText.clean(article.imageUrl()));
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the sitemap", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }
}
