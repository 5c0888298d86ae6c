package dev.agentry.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The paths of a repository indexed by name and by extension, so that a glob looks at few candidates. */
final class PathIndex {

    private final List<String> files;
    private final List<String> folders;
    private final Map<String, List<String>> filesByName = new HashMap<>();
    private final Map<String, List<String>> foldersByName = new HashMap<>();
    private final Map<String, List<String>> filesByExtension = new HashMap<>();

    PathIndex(List<String> files, List<String> folders) {
        this.files = List.copyOf(files);
        this.folders = List.copyOf(folders);
        for (String file : this.files) {
            String name = name(file);
            filesByName.computeIfAbsent(name, k -> new ArrayList<>()).add(file);
            int dot = name.lastIndexOf('.');
            if (dot >= 0) {
                filesByExtension.computeIfAbsent(name.substring(dot), k -> new ArrayList<>()).add(file);
            }
        }
        for (String folder : this.folders) {
            foldersByName.computeIfAbsent(name(folder), k -> new ArrayList<>()).add(folder);
        }
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** How many folders hold the path: 0 for a file or folder at the root. */
    static int depth(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    List<String> named(String name, boolean folder) {
        return (folder ? foldersByName : filesByName).getOrDefault(name, List.of());
    }

    /** Files whose name ends with {@code extension} (".csproj", ".tar.gz"); folders are scanned. */
    List<String> withExtension(String extension, boolean folder) {
        if (folder) {
            return folders.stream().filter(f -> name(f).endsWith(extension)).toList();
        }
        int dot = extension.lastIndexOf('.');
        List<String> byLast = filesByExtension.getOrDefault(extension.substring(dot), List.of());
        return dot == 0 ? byLast : byLast.stream().filter(f -> name(f).endsWith(extension)).toList();
    }

    List<String> all(boolean folder) {
        return folder ? folders : files;
    }

    List<String> files() {
        return files;
    }
}
