package dev.agentry.detect;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.agentry.catalog.Ecosystem;

/** {@code pom.xml}: the coordinates of its parent, dependencies, plugins and extensions, in every section. */
final class MavenPom implements ManifestReader {

    private static final Set<String> COORDINATES = Set.of("parent", "dependency", "plugin", "extension");

    @Override
    public boolean reads(String path) {
        return PathIndex.name(path).equals("pom.xml");
    }

    @Override
    public void read(String path, String text, Facts facts) {
        XMLStreamReader xml = Xml.reader(text, path);
        // the element names from the root to the current element, and the coordinates gathered for each open one
        Deque<String> open = new ArrayDeque<>();
        Deque<Map<String, String>> fields = new ArrayDeque<>();
        StringBuilder content = new StringBuilder();
        try {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        open.push(xml.getLocalName());
                        fields.push(new HashMap<>());
                        content.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> content.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = open.pop();
                        Map<String, String> own = fields.pop();
                        if (COORDINATES.contains(name)) {
                            // a plugin without a group is one of Maven's own
                            String group = own.getOrDefault("groupId",
                                    name.equals("plugin") ? "org.apache.maven.plugins" : "");
                            String artifact = own.get("artifactId");
                            if (artifact != null && !group.isEmpty()) {
                                facts.dependency(Ecosystem.MAVEN, group + ":" + artifact, path);
                            }
                        }
                        else if (!fields.isEmpty() && (name.equals("groupId") || name.equals("artifactId"))) {
                            fields.peek().put(name, content.toString().strip());
                        }
                        content.setLength(0);
                    }
                    default -> {
                        // comments, processing instructions and white space say nothing about dependencies
                    }
                }
            }
        }
        catch (XMLStreamException e) {
            throw Xml.invalid(e, path);
        }
    }
}
