package dev.newsgraph.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.newsgraph.article.ArticleText;

/** An article as read from its Markdown file: title, publishing instant and body paragraphs. */
public record ParsedArticle(String title, Instant publishedAt, List<String> paragraphs) {

    public ParsedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        paragraphs = List.copyOf(paragraphs); // immutable so the hash can never go stale
    }

    /** The paragraphs separated by one blank line each. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** The article's identity for idempotent import: the same hash the stored article carries. */
    public String contentHash() {
        return ArticleText.contentHash(title, publishedAt, body());
    }
}
