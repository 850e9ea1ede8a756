package dev.newsgraph.duplicate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import jakarta.persistence.Query;

import dev.newsgraph.article.Article;
import dev.newsgraph.changes.PendingChanges;
import dev.newsgraph.graphql.IdList;
import dev.newsgraph.graphql.NodeType;

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
        em.flush(); // the rows the native statements below refer to
        Before before = new Before();
        for (Article article : created) {
            Fingerprint fingerprint = Fingerprint.of(article.body);
            if (fingerprint != null) {
                store(em, article.id, fingerprint);
                place(em, article.id, article.publishedAt, fingerprint, before);
            }
        }
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
        if (fingerprint != null) {
            store(em, article.id, fingerprint);
            place(em, article.id, article.publishedAt, fingerprint, before);
        }
        for (Object[] follower : followers) {
            place(em, ((Number) follower[0]).longValue(), instant(follower[1]), Fingerprint.decode((String) follower[2]), before);
        }
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

    private static void store(EntityManager em, long articleId, Fingerprint fingerprint) {
        em.createNativeQuery("insert into article_fingerprint (article_id, signature) values (:id, :signature)")
                .setParameter("id", articleId).setParameter("signature", fingerprint.encode()).executeUpdate();
        StringBuilder bands = new StringBuilder("insert into article_band (band_key, article_id) values ");
        long[] keys = fingerprint.bandKeys();
        Set<Long> distinct = new LinkedHashSet<>();
        for (long key : keys) {
            distinct.add(key);
        }
        int i = 0;
        for (Long ignored : distinct) {
            bands.append(i == 0 ? "" : ", ").append("(:k").append(i).append(", :id)");
            i++;
        }
        Query insert = em.createNativeQuery(bands.toString()).setParameter("id", articleId);
        i = 0;
        for (Long key : distinct) {
            insert.setParameter("k" + i++, key);
        }
        insert.executeUpdate();
    }

    private record Placed(long id, Instant publishedAt) {
    }

    private static final Comparator<Placed> EARLIEST = Comparator.comparing(Placed::publishedAt).thenComparingLong(Placed::id);

    private static void place(EntityManager em, long articleId, Instant publishedAt, Fingerprint fingerprint, Before before) {
        List<Long> keys = new ArrayList<>();
        for (long key : fingerprint.bandKeys()) {
            keys.add(key);
        }
        IdList bandKeys = IdList.of("k", keys);
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = bandKeys.bind(em.createNativeQuery("select a.id, a.duplicate_of_id, f.signature"
                + " from article a join article_fingerprint f on f.article_id = a.id where a.id in"
                + " (select b.article_id from article_band b where b.band_key in " + bandKeys.placeholders() + ")"
                + " and a.id <> :self").setParameter("self", articleId).setMaxResults(MAX_CANDIDATES)).getResultList();
        Set<Long> stories = new LinkedHashSet<>();
        for (Object[] candidate : candidates) {
            if (fingerprint.sameStory(Fingerprint.decode((String) candidate[2]))) {
                stories.add(candidate[1] == null ? ((Number) candidate[0]).longValue() : ((Number) candidate[1]).longValue());
            }
        }
        stories.remove(articleId);
        if (stories.isEmpty()) {
            return;
        }
        IdList originals = IdList.of("o", stories);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = originals.bind(em.createNativeQuery(
                "select id, published_at from article where id in " + originals.placeholders())).getResultList();
        List<Placed> placed = new ArrayList<>();
        placed.add(new Placed(articleId, publishedAt));
        for (Object[] row : rows) {
            placed.add(new Placed(((Number) row[0]).longValue(), instant(row[1])));
        }
        long original = placed.stream().min(EARLIEST).orElseThrow().id();
        // every story the article joins becomes one, under the earliest article of them all
        for (Placed story : placed) {
            if (story.id() != original) {
                before.saw(em.createNativeQuery("select id, duplicate_of_id from article where id = :story or duplicate_of_id = :story")
                        .setParameter("story", story.id()).getResultList());
                em.createNativeQuery("update article set duplicate_of_id = :original where id = :story or duplicate_of_id = :story")
                        .setParameter("original", original).setParameter("story", story.id()).executeUpdate();
            }
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return OffsetDateTime.parse(value.toString()).withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
