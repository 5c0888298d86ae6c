package dev.agentry.detect;

import java.io.StringReader;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.agentry.support.AgentryException;

/**
 * The JDK's streaming XML parser, set up for untrusted files: no DTD and no external entities, so a manifest can
 * neither reach the network or the disk nor expand entities.
 */
final class Xml {

    private Xml() {
    }

    static XMLStreamReader reader(String text, String path) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            return factory.createXMLStreamReader(new StringReader(text));
        }
        catch (XMLStreamException e) {
            throw invalid(e, path);
        }
    }

    static AgentryException invalid(XMLStreamException e, String path) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "unreadable" : e.getMessage();
        // the JDK's message repeats the position as "ParseError at [row,col]:[3,5]\nMessage: ..."
        int detail = message.indexOf("Message: ");
        String reason = detail >= 0 ? message.substring(detail + "Message: ".length()) : message;
        return AgentryException.usage(path + (at == null || at.getLineNumber() < 0 ? "" : ":" + at.getLineNumber() + ":"
                + at.getColumnNumber()) + ": invalid XML: " + reason.strip());
    }
}
