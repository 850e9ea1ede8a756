package dev.newsgraph.ingest;

/** Thrown before any decoding when an article exceeds {@link ArticleParser#MAX_BYTES}. */
public class ArticleTooLargeException extends RuntimeException {

    private final long actualBytes;

    public ArticleTooLargeException(long actualBytes) {
        super("article is larger than the 1 MiB limit (" + actualBytes + " bytes)");
        this.actualBytes = actualBytes;
    }

    /** Size of the rejected input in UTF-8 bytes. */
    public long actualBytes() {
        return actualBytes;
    }
}
