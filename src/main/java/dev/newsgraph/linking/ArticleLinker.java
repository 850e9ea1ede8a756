package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.newsgraph.article.Article;
import dev.newsgraph.organization.OrganizationChange;

/**
 * Links articles to the organizations they name: their mentions and the suggestions of unknown
 * names, from one automaton pass per article, inside the caller's transaction (a refused change
 * leaves the links as they were). The import pipeline calls it for the articles it writes; it
 * relinks the affected articles itself when an organization's names change.
 */
@ApplicationScoped
public class ArticleLinker {

    private static final int BATCH = 200;

    /** What one article was linked to, as stored: mentions most mentioned first, suggestions most frequent first. */
    public record Links(List<MentionHit> mentions, List<Suggestion> suggestions) {
    }

    @Inject
    MentionLinker linker;

    @Inject
    SuggestionRecorder suggestions;

    private final SuggestionFinder finder = new SuggestionFinder();

    /** Links articles stored in this transaction: nothing to replace. Results in the articles' order. */
    public List<Links> linkNew(List<Article> articles) {
        return link(articles, true);
    }

    /** Links articles whose text or whose organizations' names changed, replacing their links. */
    public List<Links> relink(List<Article> articles) {
        return link(articles, false);
    }

    void onNamesChanged(@Observes OrganizationChange.NamesChanged change) {
        linker.invalidate();
        List<Article> affected = linker.affectedBy(change.organization());
        for (int from = 0; from < affected.size(); from += BATCH) {
            relink(affected.subList(from, Math.min(from + BATCH, affected.size())));
        }
    }

    /** A bulk import: the articles it affects are relinked once for the whole call. */
    void onImported(@Observes OrganizationChange.Imported change) {
        linker.invalidate();
        if (change.namesChanged().isEmpty()) {
            return;
        }
        List<Long> affected = new ArrayList<>(AffectedArticles.of(change));
        for (int from = 0; from < affected.size(); from += BATCH) {
            relink(Article.byIds(affected.subList(from, Math.min(from + BATCH, affected.size()))));
        }
    }

    void onRemoved(@Observes OrganizationChange.Removed change) {
        linker.invalidate();
    }

    private List<Links> link(List<Article> articles, boolean created) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Gazetteer gazetteer = linker.gazetteer();
        List<Text> texts = articles.stream().map(article -> new Text(article.title, article.body)).toList();
        // pure computation on the texts, so a batch's articles share the cores; one pass of the
        // automaton per article serves both the mentions and the suggestions
        List<Found> found = (texts.size() > 1 ? texts.parallelStream() : texts.stream()).map(text -> {
            Gazetteer.Scan scan = gazetteer.scan(text.title(), text.body());
            return new Found(Gazetteer.link(scan), finder.find(scan));
        }).toList();
        List<List<MentionHit>> mentions = linker.link(articles, created, found.stream().map(Found::mentions).toList());
        List<List<Suggestion>> names = suggestions.record(articles, created, found.stream().map(Found::suggestions).toList());
        return IntStream.range(0, articles.size())
                .mapToObj(i -> new Links(mentions.get(i), names.get(i))).toList();
    }

    private record Text(String title, String body) {
    }

    private record Found(List<MentionHit> mentions, List<Suggestion> suggestions) {
    }

    /** Rebuilds every article's mentions and suggestions, one batch per transaction; returns how many. */
    public int relinkAll() {
        int done = 0;
        long after = 0;
        for (List<Long> ids = relinkBatch(after); !ids.isEmpty(); ids = relinkBatch(after)) {
            done += ids.size();
            after = ids.get(ids.size() - 1);
        }
        return done;
    }

    @Transactional
    List<Long> relinkBatch(long afterId) {
        List<Article> batch = Article.<Article> find("id > ?1 order by id", afterId).page(0, BATCH).list();
        relink(batch);
        return batch.stream().map(a -> a.id).toList();
    }
}
