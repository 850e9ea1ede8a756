package dev.newsgraph.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.newsgraph.article.ArticleDraft;
import dev.newsgraph.article.ArticleInput;

/** A parsed article file with its source and url, ready to store. */
public record ParsedFile(ParsedArticle article, String source, String url) {

    public ParsedFile {
        url = url == null || url.isBlank() ? null : url.strip();
    }

    /** The article as it will be stored, with the hash the parser computed (the body is hashed once). */
    ArticleDraft draft() {
        ArticleInput input = new ArticleInput();
        input.title = article.title();
        input.publishedAt = OffsetDateTime.ofInstant(article.publishedAt(), ZoneOffset.UTC);
        input.body = article.body();
        input.source = source;
        input.url = url;
        return new ArticleDraft(input, article.contentHash());
    }
}
