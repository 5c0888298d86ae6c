package dev.agentry.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The paths of a repository indexed by name and by extension, so that a glob looks at few candidates. */
final class PathIndex {

    private final List<String> files;
    private final List<String> folders;
    /** The files and folders in path order, so that everything under a folder is one range; sorted on first need. */
    private List<String> sortedFiles;
    private List<String> sortedFolders;
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

    /** The files (or folders) anywhere under a folder. */
    List<String> under(String folder, boolean folders) {
        if (sortedFiles == null) {
            sortedFiles = files.stream().sorted().toList();
            sortedFolders = this.folders.stream().sorted().toList();
        }
        List<String> sorted = folders ? sortedFolders : sortedFiles;
        String prefix = folder + "/";
        int from = java.util.Collections.binarySearch(sorted, prefix);
        from = from < 0 ? -from - 1 : from;
        int to = from;
        while (to < sorted.size() && sorted.get(to).startsWith(prefix)) {
            to++;
        }
        return sorted.subList(from, to);
    }

    List<String> files() {
        return files;
    }
}
