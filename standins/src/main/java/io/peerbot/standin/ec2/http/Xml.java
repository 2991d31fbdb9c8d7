package io.peerbot.standin.ec2.http;

import java.io.StringWriter;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small fluent front to {@link XMLStreamWriter}: every value is escaped by the writer. */
public final class Xml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter writer;

    private Xml(String root, String namespace) {
        try {
            writer = FACTORY.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement(root);
            if (namespace != null) {
                writer.writeDefaultNamespace(namespace);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document whose root element is {@code root} in the default namespace {@code namespace} (may be null). */
    public static Xml document(String root, String namespace) {
        return new Xml(root, namespace);
    }

    public Xml start(String name) {
        try {
            writer.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public Xml end() {
        try {
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** {@code <name>value</name>}; nothing when value is null. */
    public Xml value(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            writer.writeStartElement(name);
            writer.writeCharacters(String.valueOf(value));
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** {@code <name><item>…</item>…</name>}, the list shape of the EC2 protocol. */
    public <T> Xml list(String name, Iterable<T> items, BiConsumer<Xml, T> item) {
        start(name);
        for (T each : items) {
            start("item");
            item.accept(this, each);
            end();
        }
        return end();
    }

    /** Closes every open element and returns the document text. */
    public String finish() {
        try {
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
