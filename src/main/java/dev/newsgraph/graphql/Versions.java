package dev.newsgraph.graphql;

/** The `expectedVersion` check of every update mutation. */
public final class Versions {

    private Versions() {
    }

    public static void check(int actual, Integer expected, NodeType type, long rowId) {
        if (expected != null && expected != actual) {
            throw ApiException.conflict(type.typeName() + " " + GlobalId.of(type, rowId) + " is at version " + actual
                    + ", not " + expected + "; reload it and try again");
        }
    }
}
