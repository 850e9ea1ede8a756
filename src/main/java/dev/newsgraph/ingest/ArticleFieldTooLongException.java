package dev.newsgraph.ingest;

/** A part of an article file longer than what the graph stores; reported as LIMIT_EXCEEDED with its line. */
public class ArticleFieldTooLongException extends ArticleFormatException {

    private final int max;

    public ArticleFieldTooLongException(int line, String field, int length, int max) {
        super(line, "the " + field + " has " + length + " characters, more than the limit of " + max + " characters");
        this.max = max;
    }

    public int max() {
        return max;
    }
}
