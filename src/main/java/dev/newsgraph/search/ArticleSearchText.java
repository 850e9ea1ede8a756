package dev.newsgraph.search;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.newsgraph.article.Article;
import dev.newsgraph.store.BulkInserts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An article's title and body in folded form (see {@link SearchText}); deleted with the article. */
@Entity
@Table(name = "article_search")
public class ArticleSearchText extends PanacheEntityBase {

    static final int TITLE_LENGTH = 1100;
    static final int BODY_LENGTH = 1_000_000;

    @Id
    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "title_text", nullable = false, length = TITLE_LENGTH)
    public String titleText;

    @Column(name = "body_text", nullable = false, length = BODY_LENGTH)
    public String bodyText;

    /** Writes or rewrites an article's row. */
    static void index(Article article) {
        ArticleSearchText existing = findById(article.id);
        ArticleSearchText row = existing != null ? existing : new ArticleSearchText();
        fill(row, article);
        if (existing == null) {
            row.persist();
        }
    }

    private static ArticleSearchText fill(ArticleSearchText row, Article article) {
        row.articleId = article.id;
        row.titleText = SearchText.fold(article.title, TITLE_LENGTH);
        row.bodyText = SearchText.fold(article.body, BODY_LENGTH);
        return row;
    }

    /** The rows of articles new in this transaction, in JDBC batches: there is nothing to look up or replace. */
    static void insertAll(List<Article> articles) {
        BulkInserts.insert(getEntityManager(), articles.stream().map(article -> fill(new ArticleSearchText(), article)).toList());
    }
}
