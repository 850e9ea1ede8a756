package dev.newsgraph.article;

import java.util.List;

/**
 * Fired inside the transaction after articles are created or their title/body changed, so their
 * mentions and search text get recomputed; {@code created} tells that there is nothing stored to
 * replace yet. A batch import announces its new articles in one event, so they are indexed together.
 */
public record ArticleTextChanged(List<Article> articles, boolean created) {

    public ArticleTextChanged {
        articles = List.copyOf(articles);
    }
}
