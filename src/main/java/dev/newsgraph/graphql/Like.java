package dev.newsgraph.graphql;

/** Builds LIKE patterns from user text; the text's own wildcards are escaped with a backslash. */
public final class Like {

    private Like() {
    }

    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
