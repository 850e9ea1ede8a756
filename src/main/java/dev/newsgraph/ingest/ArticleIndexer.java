package dev.newsgraph.ingest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleTextChanged;
import dev.newsgraph.organization.OrganizationChange;

/**
 * Recomputes mentions and suggestions when an article's text changes, and for the affected articles
 * when an organization's names change — inside the same transaction, so a refused change leaves
 * the links as they were.
 */
@ApplicationScoped
public class ArticleIndexer {

    private static final int BATCH = 200;

    @Inject
    MentionLinker linker;

    @Inject
    SuggestionRecorder suggestions;

    void onTextChanged(@Observes ArticleTextChanged change) {
        index(change.article(), change.created());
    }

    void onNamesChanged(@Observes OrganizationChange.NamesChanged change) {
        linker.invalidate();
        for (Article article : linker.affectedBy(change.organization())) {
            index(article, false);
        }
    }

    void onRemoved(@Observes OrganizationChange.Removed change) {
        linker.invalidate();
    }

    void index(Article article, boolean created) {
        // one pass of the automaton serves both
        Gazetteer.Scan scan = linker.gazetteer().scan(article.title, article.body);
        linker.link(article, created, scan);
        suggestions.record(article, created, scan);
    }

    /** Rebuilds every article's mentions and suggestions, one batch per transaction; returns how many. */
    public int reindexAll() {
        int done = 0;
        long after = 0;
        for (List<Long> ids = reindexBatch(after); !ids.isEmpty(); ids = reindexBatch(after)) {
            done += ids.size();
            after = ids.get(ids.size() - 1);
        }
        return done;
    }

    @Transactional
    List<Long> reindexBatch(long afterId) {
        List<Article> batch = Article.<Article> find("id > ?1 order by id", afterId).page(0, BATCH).list();
        batch.forEach(article -> index(article, false));
        return batch.stream().map(a -> a.id).toList();
    }
}
