package dev.newsgraph.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.IdList;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.store.BulkInserts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "mention")
@Type("Mention")
@Description("An organization named in an article: how often, and the sentence where it first appears.")
public class Mention extends PanacheEntityBase {

    /**
     * The most organizations one article's mentions hold (Article.mentions, Article.organizations): the
     * linker keeps the most mentioned. News articles name a few; a list of companies names dozens.
     */
    public static final int MAX_PER_ARTICLE = 50;

    @Ignore
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mention_seq")
    @SequenceGenerator(name = "mention_seq", sequenceName = "mention_seq", allocationSize = BulkInserts.ID_BLOCK)
    public Long id;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @NonNull
    @Description("The organization mentioned.")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @NonNull
    @Description("How many times the article names it (name or alias, title included).")
    @Column(name = "mention_count", nullable = false)
    public int count;

    @Description("The sentence of the first mention.")
    @Column(length = 1000)
    public String snippet;

    /**
     * Most mentioned first, then by organization name compared as Java strings, so the order is the
     * same whatever the database's collation, and the same for mentions just linked and read back.
     */
    public static final Comparator<Mention> MOST_MENTIONED_FIRST = Comparator.comparingInt((Mention m) -> m.count)
            .reversed().thenComparing(m -> m.organization.name);

    /** A mention as the linker found it, for reporting what was just stored (not itself managed). */
    public static Mention of(Article article, Organization organization, int count, String snippet) {
        Mention mention = new Mention();
        mention.article = article;
        mention.organization = organization;
        mention.count = count;
        mention.snippet = snippet;
        return mention;
    }

    /**
     * Mentions of the given articles with their organizations loaded, most mentioned first, at most
     * {@link #MAX_PER_ARTICLE} per article (the linker stores no more; older rows may be more). The
     * mentions are values read as rows (only their organizations are entities): they are shown or
     * reported, never changed, and a mention row costs less than a managed entity.
     */
    public static List<Mention> forArticles(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        IdList ids = IdList.of("article", articleIds);
        var query = getEntityManager().createQuery("select m.article.id, m.count, m.snippet, o from Mention m join m.organization o"
                + " where m.article.id in " + ids.placeholders(), Object[].class);
        ids.parameters().forEach(query::setParameter);
        Map<Long, Article> articles = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            Article article = articles.computeIfAbsent((Long) row[0], id -> getEntityManager().getReference(Article.class, id));
            mentions.add(of(article, (Organization) row[3], (Integer) row[1], (String) row[2]));
        }
        mentions.sort(MOST_MENTIONED_FIRST);
        Map<Long, Integer> kept = new HashMap<>();
        mentions.removeIf(m -> kept.merge(m.article.id, 1, Integer::sum) > MAX_PER_ARTICLE);
        return mentions;
    }
}
