package dev.newsgraph.linking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import dev.newsgraph.article.Article;
import dev.newsgraph.store.BulkInserts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A name in one article that looks like an unknown organization, with how often it occurs there. */
@Entity
@Table(name = "article_suggestion")
public class ArticleSuggestion extends PanacheEntityBase {

    /**
     * The most suggestions kept per article (ImportResult.suggestions): the finder keeps the most probable
     * organizations (SuggestionFinder.find). 30 since round 9: a news report may name 20 organizations and more, and
     * a review list of 20 cut expected ones (docs/suggestions.md, "Seventh split").
     */
    public static final int MAX_PER_ARTICLE = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_suggestion_seq")
    @SequenceGenerator(name = "article_suggestion_seq", sequenceName = "article_suggestion_seq", allocationSize = BulkInserts.ID_BLOCK)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    @Column(name = "mention_count", nullable = false)
    public int count;

    static ArticleSuggestion of(Article article, String name, String nameKey, int count) {
        ArticleSuggestion suggestion = new ArticleSuggestion();
        suggestion.article = article;
        suggestion.name = name;
        suggestion.nameKey = nameKey;
        suggestion.count = count;
        return suggestion;
    }
}
