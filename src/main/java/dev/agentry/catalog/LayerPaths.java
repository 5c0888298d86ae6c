package dev.agentry.catalog;

/** The rule for paths inside a scaffold layer: relative, forward slashes, no "..", no empty segments. */
final class LayerPaths {

    private LayerPaths() {
    }

    static boolean isSafeRelative(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }
}
