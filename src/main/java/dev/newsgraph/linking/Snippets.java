package dev.newsgraph.linking;

import dev.newsgraph.article.ArticleText;

/** Shapes quoted text for display: one line, bounded length, never cut inside a word. */
final class Snippets {

    static final int MAX_LENGTH = 300;
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    /** Collapses whitespace, trims, and cuts at the last word boundary with "…" when over the limit. */
    static String shorten(String text) {
        String oneLine = ArticleText.collapseWhitespace(text).strip();
        if (oneLine.length() <= MAX_LENGTH) {
            return oneLine;
        }
        int limit = MAX_LENGTH - ELLIPSIS.length();
        int cut = oneLine.lastIndexOf(' ', limit);
        if (cut <= 0) {
            cut = Character.isLowSurrogate(oneLine.charAt(limit)) ? limit - 1 : limit; // one giant word
        }
        return oneLine.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
