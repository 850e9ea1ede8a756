package dev.newsgraph.security;

/** Role names; mutations need {@link #EDITOR}; with NEWSGRAPH_READ_ACCESS=authenticated, reads need either. */
public final class Roles {

    public static final String EDITOR = "editor";

    /** May query and subscribe when reads are not public (a JWT whose {@code groups} hold it). */
    public static final String READER = "reader";

    private Roles() {
    }
}
