package dev.newsgraph.ingest;

/** Thrown when an article file does not follow the expected layout; {@link #line()} points at the culprit. */
public class ArticleFormatException extends RuntimeException {

    private final int line;

    /**
     * @param line    1-based line number, or 0 when no single line is to blame
     * @param problem what is wrong, without the line prefix
     */
    public ArticleFormatException(int line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.line = Math.max(0, line);
    }

    /** 1-based line number of the problem, 0 when no line applies. */
    public int line() {
        return line;
    }
}
