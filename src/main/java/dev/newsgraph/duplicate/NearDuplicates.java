package dev.newsgraph.duplicate;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import dev.newsgraph.article.Article;
import dev.newsgraph.changes.PendingChanges;
import dev.newsgraph.graphql.IdList;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.notify.GraphWrites;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Places articles in their stories: fingerprints each new or rewritten body, finds the candidates that
 * share a band key (an index lookup, never a scan of the corpus), keeps those similar enough, and
 * points every article of the story at its original, the earliest one (ties: the lower id). Runs in
 * the caller's transaction; {@code article.duplicate_of_id} is only ever written here, by SQL, so each
 * article whose original changed is named to the change log here too (an update of that article).
 */
@ApplicationScoped
public class NearDuplicates {

    /** Candidates checked per article: a band shared by more bodies than this is boilerplate. */
    static final int MAX_CANDIDATES = 200;

    @Inject
    PendingChanges changes;

    /** Band keys so common that they find no candidates (learned as candidate queries read them). */
    private final StopKeys stopKeys = new StopKeys();

    /** The statements below are plain JDBC, which Hibernate's statement inspector never sees: announce them. */
    @Inject
    GraphWrites writes;

    /** The original of each article a statement of one operation rewrote, as it was before the operation. */
    private static final class Before {
        private final Map<Long, Long> originals = new HashMap<>();

        void saw(List<?> rows) {
            for (Object row : rows) {
                Object[] cells = (Object[]) row;
                long id = ((Number) cells[0]).longValue();
                if (!originals.containsKey(id)) {
                    originals.put(id, cells[1] == null ? null : ((Number) cells[1]).longValue());
                }
            }
        }
    }

    /** New articles, in order, so an earlier file of the same batch is a candidate of a later one. */
    public void placeNew(List<Article> created) {
        if (created.isEmpty()) {
            return;
        }
        EntityManager em = Panache.getEntityManager();
        em.flush(); // the rows the statements below refer to
        // pure computation on the bodies, so a batch's articles share the cores
        List<Fingerprint> prints = (created.size() > 1 ? created.parallelStream() : created.stream())
                .map(article -> Fingerprint.of(article.body)).toList();
        Before before = new Before();
        writes.wrote();
        em.unwrap(Session.class).doWork(connection -> {
            try (StoryStatements stories = new StoryStatements(connection, stopKeys)) {
                for (int i = 0; i < created.size(); i++) {
                    Article article = created.get(i);
                    if (prints.get(i) != null) {
                        stories.store(article.id, prints.get(i));
                        place(stories, article.id, article.publishedAt, prints.get(i), before);
                    }
                }
            }
        });
        logChanged(em, before);
    }

    /**
     * An article whose text changed: it leaves its story (and so do its duplicates, if it was the
     * original), then it and each of them is placed again.
     */
    public void placeChanged(Article article) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> followers = em.createNativeQuery("select a.id, a.published_at, f.signature from article a"
                + " join article_fingerprint f on f.article_id = a.id where a.duplicate_of_id = :id order by a.published_at, a.id")
                .setParameter("id", article.id).getResultList();
        Before before = new Before();
        before.saw(em.createNativeQuery("select id, duplicate_of_id from article where id = :id or duplicate_of_id = :id")
                .setParameter("id", article.id).getResultList());
        em.createNativeQuery("update article set duplicate_of_id = null where id = :id or duplicate_of_id = :id")
                .setParameter("id", article.id).executeUpdate();
        em.createNativeQuery("delete from article_band where article_id = :id").setParameter("id", article.id).executeUpdate();
        em.createNativeQuery("delete from article_fingerprint where article_id = :id").setParameter("id", article.id).executeUpdate();
        Fingerprint fingerprint = Fingerprint.of(article.body);
        writes.wrote();
        em.unwrap(Session.class).doWork(connection -> {
            try (StoryStatements stories = new StoryStatements(connection, stopKeys)) {
                if (fingerprint != null) {
                    stories.store(article.id, fingerprint);
                    place(stories, article.id, article.publishedAt, fingerprint, before);
                }
                for (Object[] follower : followers) {
                    place(stories, ((Number) follower[0]).longValue(), StoryStatements.instant(follower[1]),
                            Fingerprint.decode((String) follower[2]), before);
                }
            }
        });
        logChanged(em, before);
    }

    /** Before an original is deleted: its earliest copy becomes the original of the others. */
    public void beforeDelete(long original) {
        EntityManager em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Number> copies = em.createNativeQuery("select id from article where duplicate_of_id = :id order by published_at, id")
                .setParameter("id", original).getResultList();
        if (copies.isEmpty()) {
            return;
        }
        long successor = copies.get(0).longValue();
        em.createNativeQuery("update article set duplicate_of_id = case when id = :successor then null else :successor end"
                + " where duplicate_of_id = :id").setParameter("successor", successor).setParameter("id", original).executeUpdate();
        changes.updated(NodeType.ARTICLE, copies.stream().map(Number::longValue).toList());
    }

    /** Names to the change log each article whose original is not what it was before the operation. */
    private void logChanged(EntityManager em, Before before) {
        if (before.originals.isEmpty()) {
            return;
        }
        IdList ids = IdList.of("id", before.originals.keySet());
        List<Long> changed = new ArrayList<>();
        for (Object row : ids.bind(em.createNativeQuery("select id, duplicate_of_id from article where id in "
                + ids.placeholders())).getResultList()) {
            Object[] cells = (Object[]) row;
            long id = ((Number) cells[0]).longValue();
            Long now = cells[1] == null ? null : ((Number) cells[1]).longValue();
            if (!Objects.equals(before.originals.get(id), now)) {
                changed.add(id);
            }
        }
        changes.updated(NodeType.ARTICLE, changed);
    }

    private record Placed(long id, Instant publishedAt) {
    }

    private static final Comparator<Placed> EARLIEST = Comparator.comparing(Placed::publishedAt).thenComparingLong(Placed::id);

    private static void place(StoryStatements stories, long articleId, Instant publishedAt, Fingerprint fingerprint,
            Before before) throws SQLException {
        Set<Long> found = new LinkedHashSet<>();
        for (StoryStatements.Candidate candidate : stories.candidates(articleId, fingerprint, MAX_CANDIDATES)) {
            if (fingerprint.sameStory(Fingerprint.decode(candidate.signature()))) {
                found.add(candidate.duplicateOf() == null ? candidate.id() : candidate.duplicateOf());
            }
        }
        found.remove(articleId);
        if (found.isEmpty()) {
            return;
        }
        List<Placed> placed = new ArrayList<>();
        placed.add(new Placed(articleId, publishedAt));
        stories.publishedAt(found).forEach((id, time) -> placed.add(new Placed(id, time)));
        long original = placed.stream().min(EARLIEST).orElseThrow().id();
        // every story the article joins becomes one, under the earliest article of them all
        for (Placed story : placed) {
            if (story.id() != original) {
                before.saw(stories.storyMembers(story.id()));
                stories.join(story.id(), original);
            }
        }
    }
}
