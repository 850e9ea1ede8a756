package dev.newsgraph.article;

import java.time.temporal.ChronoUnit;

/**
 * An article's fields as they will be stored, with the content hash derived once: an import has
 * it from the parser already, another write computes it here.
 */
public record ArticleDraft(ArticleInput input, String contentHash) {

    /** A draft whose hash is computed from the input, as stored (stripped text, microsecond time). */
    public static ArticleDraft of(ArticleInput input) {
        return new ArticleDraft(input, ArticleText.contentHash(input.title,
                input.publishedAt.toInstant().truncatedTo(ChronoUnit.MICROS), input.body));
    }
}
