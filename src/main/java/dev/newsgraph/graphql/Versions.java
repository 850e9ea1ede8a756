package dev.newsgraph.graphql;

/** The `expectedVersion` check of every update mutation. */
public final class Versions {

    private Versions() {
    }

    public static void check(int actual, Integer expected, String type, Long id) {
        if (expected != null && expected != actual) {
            throw ApiException.conflict(type + " " + id + " is at version " + actual + ", not " + expected
                    + "; reload it and try again");
        }
    }
}
