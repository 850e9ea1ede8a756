package dev.newsgraph.security;

/** Role names; mutations need {@link #EDITOR}. */
public final class Roles {

    public static final String EDITOR = "editor";

    private Roles() {
    }
}
