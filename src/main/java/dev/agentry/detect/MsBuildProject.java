package dev.agentry.detect;

import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.agentry.catalog.Ecosystem;

/**
 * .NET project files ({@code *.csproj}, {@code *.fsproj}, {@code *.vbproj}) and central package files: the NuGet
 * packages they reference and the project SDK they build with ({@code Microsoft.NET.Sdk.Web} for ASP.NET Core).
 */
final class MsBuildProject implements ManifestReader {

    @Override
    public boolean reads(String path) {
        String name = PathIndex.name(path).toLowerCase(Locale.ROOT);
        return name.endsWith(".csproj") || name.endsWith(".fsproj") || name.endsWith(".vbproj")
                || name.equals("directory.packages.props") || name.equals("directory.build.props");
    }

    @Override
    public void read(String path, String text, Facts facts) {
        XMLStreamReader xml = Xml.reader(text, path);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "Project" -> sdk(attribute(xml, "Sdk"), path, facts);
                    case "Sdk" -> sdk(attribute(xml, "Name"), path, facts);
                    case "PackageReference", "PackageVersion" -> {
                        String include = attribute(xml, "Include");
                        facts.dependency(Ecosystem.NUGET, include != null ? include : attribute(xml, "Update"), path);
                    }
                    default -> {
                        // other elements hold build settings
                    }
                }
            }
        }
        catch (XMLStreamException e) {
            throw Xml.invalid(e, path);
        }
    }

    private static void sdk(String value, String path, Facts facts) {
        if (value != null) {
            for (String sdk : value.split(";")) {
                // an SDK may carry its version: Microsoft.NET.Sdk.Web/8.0.100
                int slash = sdk.indexOf('/');
                facts.dependency(Ecosystem.NUGET, slash < 0 ? sdk : sdk.substring(0, slash), path);
            }
        }
    }

    private static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
