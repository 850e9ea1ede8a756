package dev.newsgraph.article;

/**
 * Fired inside the transaction after an article is created or its title/body changed, so its mentions
 * get recomputed; {@code created} tells that there is nothing stored to replace yet.
 */
public record ArticleTextChanged(Article article, boolean created) {
}
