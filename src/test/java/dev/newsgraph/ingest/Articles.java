package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** Builds small article texts line by line so tests can state exact line numbers. */
final class Articles {

    /** Line numbers: 1 title, 3 Published, 5 opening ---, 7-8 first paragraph, 10 second, 12 closing ---. */
    static final List<String> CLEAN_LINES = List.of(
            "# Acme buys Widget Co",
            "",
            "Published :`2024-07-16 21:08:57`",
            "",
            "---",
            "",
            "Acme Corp said on Monday it will buy",
            "Widget Co for $2 billion.",
            "",
            "The deal closes next year.",
            "",
            "---",
            "");

    private Articles() {
    }

    static String clean() {
        return String.join("\n", CLEAN_LINES);
    }

    /** The clean article with the 1-based line {@code lineNumber} replaced. */
    static String withLine(int lineNumber, String replacement) {
        List<String> lines = new ArrayList<>(CLEAN_LINES);
        lines.set(lineNumber - 1, replacement);
        return String.join("\n", lines);
    }

    /** The clean article with the 1-based line {@code lineNumber} removed. */
    static String withoutLine(int lineNumber) {
        List<String> lines = new ArrayList<>(CLEAN_LINES);
        lines.remove(lineNumber - 1);
        return String.join("\n", lines);
    }
}
