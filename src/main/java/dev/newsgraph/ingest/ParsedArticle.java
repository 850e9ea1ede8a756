package dev.newsgraph.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.newsgraph.article.ArticleText;

/**
 * An article as read from its Markdown file: title, publishing instant and body paragraphs. Body and
 * content hash are derived once, since an import asks for them several times.
 */
public final class ParsedArticle {

    private final String title;
    private final Instant publishedAt;
    private final List<String> paragraphs;
    private final String body;
    private final String contentHash;

    public ParsedArticle(String title, Instant publishedAt, List<String> paragraphs) {
        this.title = Objects.requireNonNull(title, "title");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.paragraphs = List.copyOf(paragraphs); // immutable so body and hash never go stale
        this.body = String.join("\n\n", this.paragraphs);
        this.contentHash = ArticleText.contentHash(title, publishedAt, body);
    }

    public String title() {
        return title;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<String> paragraphs() {
        return paragraphs;
    }

    /** The paragraphs separated by one blank line each. */
    public String body() {
        return body;
    }

    /** The article's identity for idempotent import: the same hash the stored article carries. */
    public String contentHash() {
        return contentHash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParsedArticle that && title.equals(that.title) && publishedAt.equals(that.publishedAt)
                && paragraphs.equals(that.paragraphs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, publishedAt, paragraphs);
    }

    @Override
    public String toString() {
        return "ParsedArticle[title=" + title + ", publishedAt=" + publishedAt + ", paragraphs=" + paragraphs.size() + "]";
    }
}
