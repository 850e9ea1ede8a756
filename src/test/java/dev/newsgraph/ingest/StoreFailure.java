package dev.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;

import dev.newsgraph.article.ArticleTextChanged;

/**
 * Test-only: storing an article whose title holds {@link #MARKER} fails inside its transaction, as a
 * database error would (valid input can no longer make the database refuse a file).
 */
@ApplicationScoped
public class StoreFailure {

    public static final String MARKER = "[store fails here]";

    void onText(@Observes ArticleTextChanged change) {
        if (change.articles().stream().anyMatch(article -> article.title.contains(MARKER))) {
            throw new PersistenceException("simulated failure while storing");
        }
    }
}
