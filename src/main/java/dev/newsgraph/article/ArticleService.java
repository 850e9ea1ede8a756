package dev.newsgraph.article;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.BooleanFilter;
import dev.newsgraph.graphql.Keyset;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.Versions;

@ApplicationScoped
public class ArticleService {

    public Article get(Long id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw ApiException.notFound(NodeType.ARTICLE, id);
        }
        return article;
    }

    public ArticleConnection list(ArticleFilter filter, ArticleOrder order, PageRequest page) {
        ArticleOrder sort = ArticleOrder.orDefault(order);
        Keyset.Where where = BooleanFilter.toWhere(filter);
        var slice = Keyset.page(Article.class, where, sort.key(), sort.direction, page, a -> a.id);
        return new ArticleConnection(slice, () -> Keyset.count(Article.class, where));
    }

    /** An updated article, and whether its title, time or body changed (so its links are stale). */
    public record Updated(Article article, boolean textChanged) {
    }

    /** Stores the drafts in order; the caller links and indexes them (ingest's pipeline). */
    @Transactional
    public List<Article> createAll(List<ArticleDraft> drafts) {
        List<Article> created = new ArrayList<>(drafts.size());
        for (ArticleDraft draft : drafts) {
            Article article = new Article();
            apply(article, draft.input(), draft.contentHash());
            ensureUrlFree(article.url, null);
            article.persist();
            created.add(article);
        }
        return created;
    }

    /** Replaces the article's fields; the caller relinks and reindexes it when its text changed. */
    @Transactional
    public Updated update(Long id, ArticleDraft draft, Integer expectedVersion) {
        Article article = get(id);
        Versions.check(article.version, expectedVersion, NodeType.ARTICLE, id);
        String oldHash = article.contentHash;
        apply(article, draft.input(), draft.contentHash());
        ensureUrlFree(article.url, article.id);
        Article.flush();
        return new Updated(article, !article.contentHash.equals(oldHash));
    }

    /** Deletes the article; the caller first hands its copies to another original (ingest's pipeline). */
    @Transactional
    public Long delete(Long id) {
        get(id).delete();
        return id;
    }

    private static void apply(Article article, ArticleInput input, String contentHash) {
        article.title = input.title.strip();
        article.publishedAt = input.publishedAt.toInstant().truncatedTo(ChronoUnit.MICROS);
        article.body = input.body.strip();
        article.summary = input.summary == null || input.summary.isBlank()
                ? ArticleText.firstParagraph(article.body) : input.summary.strip();
        article.source = blankToNull(input.source);
        article.url = blankToNull(input.url);
        article.language = input.language == null || input.language.isBlank() ? "en" : input.language.strip();
        article.wordCount = ArticleText.wordCount(article.body);
        article.contentHash = contentHash;
    }

    private static void ensureUrlFree(String url, Long self) {
        if (url == null) {
            return;
        }
        // no flush first: update() has flushed, and a batch import checks its own pending articles,
        // so their inserts can still go out together in JDBC batches
        Article other = Article.<Article> find("url", url).withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResult();
        if (other != null && !other.id.equals(self)) {
            throw ApiException.conflict("an article with url " + url + " already exists (id " + other.getGlobalId() + ")");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
