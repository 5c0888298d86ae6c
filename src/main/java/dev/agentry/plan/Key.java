package dev.agentry.plan;

/** The identity of a tracked item: a path, or a path and a block id. */
final class Key {

    private Key() {
    }

    static String of(String path, String blockId) {
        return blockId == null ? path : path + "#" + blockId;
    }
}
