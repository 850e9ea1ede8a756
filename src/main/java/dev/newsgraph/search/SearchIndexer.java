package dev.newsgraph.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import dev.newsgraph.article.Article;
import dev.newsgraph.event.Event;
import dev.newsgraph.event.EventChanged;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationChange;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the folded search text in step with the graph: the article pipeline calls it for the articles
 * it writes, the organization and event services announce every change of a searchable field, and
 * this rewrites the row in the same transaction. Rows deleted with their
 * node go by cascade. At start, nodes written before the search tables existed (or by bulk SQL)
 * are indexed in batches.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;

    /** Whether any node has no search row: one statement, which stops at the first such node. */
    static final String ANY_UNINDEXED = "select"
            + " exists (select 1 from article n where not exists (select 1 from article_search r where r.article_id = n.id))"
            + " or exists (select 1 from organization n where not exists"
            + " (select 1 from organization_search r where r.organization_id = n.id))"
            + " or exists (select 1 from news_event n where not exists (select 1 from event_search r where r.event_id = n.id))";

    @Inject
    DataSource dataSource;

    /** Indexes articles stored in this transaction (the import pipeline's last step): nothing to replace. */
    public void indexNewArticles(List<Article> articles) {
        ArticleSearchText.insertAll(articles);
    }

    /** Rewrites the search text of articles whose title or body changed. */
    public void reindexArticles(List<Article> articles) {
        articles.forEach(ArticleSearchText::index);
    }

    void onOrganization(@Observes OrganizationChange change) {
        // A merge ends with NamesChanged for the target; the deleted source's row goes by cascade.
        if (change instanceof OrganizationChange.NamesChanged names) {
            OrganizationSearchText.index(names.organization());
        } else if (change instanceof OrganizationChange.Imported imported) {
            OrganizationSearchText.indexAll(imported);
        }
    }

    void onEvent(@Observes EventChanged change) {
        Event event = Event.findById(change.eventId());
        if (event != null) {
            EventSearchText.index(event);
        }
    }

    void onStart(@Observes StartupEvent start) {
        if (!anyUnindexed()) {
            return; // the usual start: asked in plain SQL, without setting up Hibernate's queries before the first request
        }
        int articles = backfill(Article.class, ArticleSearchText.class, "articleId", a -> a.id, ArticleSearchText::index);
        int organizations = backfill(Organization.class, OrganizationSearchText.class, "organizationId", o -> o.id,
                OrganizationSearchText::index);
        int events = backfill(Event.class, EventSearchText.class, "eventId", e -> e.id, EventSearchText::index);
        if (articles + organizations + events > 0) {
            LOG.infof("Indexed for search: %d articles, %d organizations, %d events", articles, organizations, events);
        }
    }

    boolean anyUnindexed() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet any = statement.executeQuery(ANY_UNINDEXED)) {
            any.next();
            return any.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the search index", e);
        }
    }

    /** Indexes every node without a search row, a batch per transaction, walking ids upwards. */
    private static <N> int backfill(Class<N> node, Class<?> row, String rowId, Function<N, Long> idOf,
            Consumer<N> index) {
        String jpql = "select n from " + node.getSimpleName() + " n where n.id > ?1 and not exists (select 1 from "
                + row.getSimpleName() + " r where r." + rowId + " = n.id) order by n.id";
        int total = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<N> batch = QuarkusTransaction.requiringNew().call(() -> {
                List<N> nodes = Panache.getEntityManager().createQuery(jpql, node)
                        .setParameter(1, from).setMaxResults(BATCH).getResultList();
                nodes.forEach(index);
                return nodes;
            });
            if (batch.isEmpty()) {
                return total;
            }
            total += batch.size();
            after = idOf.apply(batch.get(batch.size() - 1));
        }
    }
}
