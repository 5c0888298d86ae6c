package dev.agentry.detect;

import dev.agentry.catalog.Ecosystem;

/** {@code go.mod}: the modules it requires directly ({@code // indirect} requirements are left out). */
final class GoModule implements ManifestReader {

    @Override
    public boolean reads(String path) {
        return PathIndex.name(path).equals("go.mod");
    }

    @Override
    public void read(String path, String text, Facts facts) {
        boolean block = false;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.contains("// indirect")) {
                continue;
            }
            int comment = line.indexOf("//");
            line = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (block) {
                if (line.startsWith(")")) {
                    block = false;
                }
                else {
                    module(line, path, facts);
                }
            }
            else if (line.startsWith("require")) {
                String rest = line.substring("require".length()).strip();
                if (rest.startsWith("(")) {
                    block = true;
                }
                else {
                    module(rest, path, facts);
                }
            }
        }
    }

    private static void module(String requirement, String path, Facts facts) {
        String[] parts = requirement.split("\\s+");
        if (parts.length >= 1 && !parts[0].isEmpty()) {
            facts.dependency(Ecosystem.GO, parts[0].replace("\"", ""), path);
        }
    }
}
