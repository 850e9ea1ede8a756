package dev.newsgraph.ingest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleDraft;
import dev.newsgraph.article.ArticleInput;
import dev.newsgraph.article.ArticleService;
import dev.newsgraph.duplicate.NearDuplicates;
import dev.newsgraph.linking.ArticleLinker;
import dev.newsgraph.notify.ChangeFeed;
import dev.newsgraph.search.SearchIndexer;

/**
 * Every write of an article's text, and its deletion, in one place and in order: parse → dedupe → store → link →
 * index. Each step hands its result to the next as a value, all in one transaction, so a failure
 * in any step writes nothing of the article. Parsing happens before (per file, outside the
 * transaction, so a malformed file is refused on its own; see {@link ArticleImporter}).
 */
@ApplicationScoped
public class ArticlePipeline {

    @Inject
    ArticleService articles;

    @Inject
    NearDuplicates duplicates;

    @Inject
    ArticleLinker linker;

    @Inject
    SearchIndexer search;

    @Inject
    ChangeFeed feed;

    /**
     * Stores the parsed files in order and returns their results in the same order: a file that is an
     * article already stored (same url, or same title, time and body) changes nothing.
     * {@code withOrganizations}: the caller shows the mentioned organizations, so load them.
     */
    @Transactional
    public List<ImportResult> importFiles(List<ParsedFile> files, boolean withOrganizations) {
        Deduplication dedupe = Deduplication.of(files);
        List<Article> created = articles.createAll(dedupe.drafts());
        duplicates.placeNew(created);
        List<ArticleLinker.Links> links = linker.linkNew(created);
        search.indexNewArticles(created);
        created.forEach(article -> feed.publish(ImportSubscriptions.TOPIC, article.id));
        return ImportResults.of(files.size(), dedupe, created, links, withOrganizations);
    }

    /** createArticle: store → link → index (no dedupe: an editor may write the same text twice on purpose). */
    @Transactional
    public Article create(ArticleInput input) {
        List<Article> created = articles.createAll(List.of(ArticleDraft.of(input)));
        duplicates.placeNew(created);
        linker.linkNew(created);
        search.indexNewArticles(created);
        return created.get(0);
    }

    /** updateArticle: store, then link and index again only when title, time or body changed. */
    @Transactional
    public Article update(Long id, ArticleInput input, Integer expectedVersion) {
        ArticleService.Updated updated = articles.update(id, ArticleDraft.of(input), expectedVersion);
        if (updated.textChanged()) {
            duplicates.placeChanged(updated.article());
            linker.relink(List.of(updated.article()));
            search.reindexArticles(List.of(updated.article()));
        }
        return updated.article();
    }

    /** deleteArticle: the story keeps together (its earliest copy becomes the original), then the article goes. */
    @Transactional
    public Long delete(Long id) {
        articles.get(id); // NOT_FOUND before anything is written
        duplicates.beforeDelete(id);
        return articles.delete(id);
    }
}
