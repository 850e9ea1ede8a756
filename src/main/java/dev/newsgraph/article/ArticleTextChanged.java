package dev.newsgraph.article;

/** Fired inside the transaction after an article is created or its title/body changed, so its mentions get recomputed. */
public record ArticleTextChanged(Article article) {
}
