package dev.newsgraph.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.newsgraph.article.Article;

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

    static void index(Article article) {
        index(article, false);
    }

    /** {@code created}: the article is new in this transaction, so there is no row to look up. */
    static void index(Article article, boolean created) {
        ArticleSearchText existing = created ? null : findById(article.id);
        ArticleSearchText row = existing != null ? existing : new ArticleSearchText();
        row.articleId = article.id;
        row.titleText = SearchText.fold(article.title, TITLE_LENGTH);
        row.bodyText = SearchText.fold(article.body, BODY_LENGTH);
        if (existing == null) {
            row.persist();
        }
    }
}
