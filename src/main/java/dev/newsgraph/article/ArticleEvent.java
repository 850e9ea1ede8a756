package dev.newsgraph.article;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * "This article reports that event". The event is held by id so that the article feature
 * does not depend on the event feature; the event feature joins on it.
 */
@Entity
@Table(name = "article_event")
public class ArticleEvent extends PanacheEntityBase {

    /** The most events one article reports (Article.events): a round-up of the week names a handful. */
    public static final int MAX_PER_ARTICLE = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_event_seq")
    @SequenceGenerator(name = "article_event_seq", sequenceName = "article_event_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "event_id", nullable = false)
    public Long eventId;
}
