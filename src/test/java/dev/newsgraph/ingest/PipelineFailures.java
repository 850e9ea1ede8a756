package dev.newsgraph.ingest;

import java.util.List;

import jakarta.persistence.PersistenceException;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleDraft;
import dev.newsgraph.article.ArticleService;
import dev.newsgraph.linking.ArticleLinker;
import dev.newsgraph.search.SearchIndexer;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;

/**
 * Test-only: makes one step of the article pipeline fail, as a database error would, for articles
 * whose title holds {@link #MARKER} — after the step has done its writes, so a test sees whether
 * they are rolled back. Installed for the current test only (QuarkusMock).
 */
public final class PipelineFailures {

    public static final String MARKER = "[this step fails]";

    public enum Step {
        STORE, LINK, INDEX
    }

    private PipelineFailures() {
    }

    public static void failAt(Step step) {
        switch (step) {
            case STORE -> {
                ArticleService real = real(ArticleService.class);
                QuarkusMock.installMockForType(new ArticleService() {
                    @Override
                    public List<Article> createAll(List<ArticleDraft> drafts) {
                        return failIfMarked(real.createAll(drafts));
                    }

                    @Override
                    public Updated update(Long id, ArticleDraft draft, Integer expectedVersion) {
                        Updated updated = real.update(id, draft, expectedVersion);
                        failIfMarked(List.of(updated.article()));
                        return updated;
                    }
                }, ArticleService.class);
            }
            case LINK -> {
                ArticleLinker real = real(ArticleLinker.class);
                QuarkusMock.installMockForType(new ArticleLinker() {
                    @Override
                    public List<Links> linkNew(List<Article> articles) {
                        List<Links> links = real.linkNew(articles);
                        failIfMarked(articles);
                        return links;
                    }

                    @Override
                    public List<Links> relink(List<Article> articles) {
                        List<Links> links = real.relink(articles);
                        failIfMarked(articles);
                        return links;
                    }
                }, ArticleLinker.class);
            }
            case INDEX -> {
                SearchIndexer real = real(SearchIndexer.class);
                QuarkusMock.installMockForType(new SearchIndexer() {
                    @Override
                    public void indexNewArticles(List<Article> articles) {
                        real.indexNewArticles(articles);
                        failIfMarked(articles);
                    }

                    @Override
                    public void reindexArticles(List<Article> articles) {
                        real.reindexArticles(articles);
                        failIfMarked(articles);
                    }
                }, SearchIndexer.class);
            }
        }
    }

    private static <T> T real(Class<T> type) {
        return ClientProxy.unwrap(Arc.container().instance(type).get());
    }

    private static List<Article> failIfMarked(List<Article> articles) {
        if (articles.stream().anyMatch(article -> article.title.contains(MARKER))) {
            throw new PersistenceException("simulated failure in a pipeline step");
        }
        return articles;
    }
}
