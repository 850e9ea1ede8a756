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

    private final SuggestionFinder finder = new SuggestionFinder();

    void onTextChanged(@Observes ArticleTextChanged change) {
        index(change.articles(), change.created());
    }

    void onNamesChanged(@Observes OrganizationChange.NamesChanged change) {
        linker.invalidate();
        List<Article> affected = linker.affectedBy(change.organization());
        for (int from = 0; from < affected.size(); from += BATCH) {
            index(affected.subList(from, Math.min(from + BATCH, affected.size())), false);
        }
    }

    void onRemoved(@Observes OrganizationChange.Removed change) {
        linker.invalidate();
    }

    void index(List<Article> articles, boolean created) {
        if (articles.isEmpty()) {
            return;
        }
        Gazetteer gazetteer = linker.gazetteer();
        List<Text> texts = articles.stream().map(article -> new Text(article.title, article.body)).toList();
        // pure computation on the texts, so a batch's articles share the cores; one pass of the
        // automaton per article serves both the mentions and the suggestions
        List<Found> found = (texts.size() > 1 ? texts.parallelStream() : texts.stream()).map(text -> {
            Gazetteer.Scan scan = gazetteer.scan(text.title(), text.body());
            return new Found(Gazetteer.link(scan), finder.find(scan));
        }).toList();
        linker.link(articles, created, found.stream().map(Found::mentions).toList());
        suggestions.record(articles, created, found.stream().map(Found::suggestions).toList());
    }

    private record Text(String title, String body) {
    }

    private record Found(List<MentionHit> mentions, List<Suggestion> suggestions) {
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
        index(batch, false);
        return batch.stream().map(a -> a.id).toList();
    }
}
