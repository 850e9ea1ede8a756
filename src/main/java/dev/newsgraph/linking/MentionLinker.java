package dev.newsgraph.linking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.Mention;
import dev.newsgraph.graphql.Like;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationAlias;
import dev.newsgraph.organization.OrganizationChange;
import dev.newsgraph.store.BulkInserts;

/**
 * Keeps each article's mentions in step with its text and with the organizations' names: one
 * automaton pass per article over all known names and aliases. The automaton is cached and rebuilt
 * when names change here, and when the organizations' fingerprint (count, last change) moves, so
 * every instance sharing a database sees names another instance added.
 */
@ApplicationScoped
public class MentionLinker {

    private static final long RECHECK_NANOS = 1_000_000_000L;
    private record Cached(Object fingerprint, Gazetteer gazetteer, long checkedAt) {
    }

    private volatile Cached cached;

    /**
     * Stores the articles' mentions as found in their texts (in the same order as the articles),
     * replacing the stored ones unless the articles are new. Returns what was stored for each article,
     * most mentioned first, then by organization name.
     */
    public List<List<MentionHit>> link(List<Article> articles, boolean created, List<List<MentionHit>> found) {
        EntityManager em = Mention.getEntityManager();
        if (!created) {
            Mention.delete("article.id in ?1", articles.stream().map(article -> article.id).toList());
        }
        Gazetteer gazetteer = gazetteer();
        // in the order articles list their mentions (Mention.MOST_MENTIONED_FIRST), by the names known here
        Comparator<MentionHit> reportOrder = Comparator.comparingInt(MentionHit::count).reversed()
                .thenComparing(hit -> gazetteer.nameOf(hit.organizationId()));
        List<Mention> rows = new ArrayList<>();
        List<List<MentionHit>> stored = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            List<MentionHit> hits = new ArrayList<>(found.get(i));
            hits.sort(reportOrder);
            // Article.mentions is bounded: only the most mentioned organizations are stored
            List<MentionHit> kept = hits.subList(0, Math.min(hits.size(), Mention.MAX_PER_ARTICLE));
            for (MentionHit hit : kept) {
                rows.add(Mention.of(articles.get(i), em.getReference(Organization.class, hit.organizationId()),
                        hit.count(), hit.snippet()));
            }
            stored.add(List.copyOf(kept));
        }
        BulkInserts.insert(em, rows);
        return stored;
    }

    /**
     * The articles whose mentions may change with this organization's names: those whose text
     * contains one of the names (a cheap pre-filter, the automaton decides), and those that
     * mention it now.
     */
    public List<Article> affectedBy(Organization organization) {
        Set<String> patterns = new LinkedHashSet<>();
        patterns.add(Like.contains(organization.name.toLowerCase(Locale.ROOT)));
        for (OrganizationAlias alias : OrganizationAlias.forOrganizations(List.of(organization.id))) {
            patterns.add(Like.contains(alias.alias.toLowerCase(Locale.ROOT)));
        }
        Set<Article> affected = new LinkedHashSet<>(Article.<Article> list(
                "select m.article from Mention m where m.organization = ?1", organization));
        for (String pattern : patterns) {
            affected.addAll(Article.<Article> list(
                    "lower(title) like ?1 escape '\\' or lower(body) like ?1 escape '\\'", pattern));
        }
        return new ArrayList<>(affected);
    }

    /**
     * The automaton over every organization's names. A change made here drops it at once; a change
     * made by another instance is noticed by the fingerprint, checked at most once a second.
     */
    public Gazetteer gazetteer() {
        Cached current = cached;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAt() < RECHECK_NANOS) {
            return current.gazetteer();
        }
        Object fingerprint = fingerprint();
        if (current == null || !current.fingerprint().equals(fingerprint)) {
            current = new Cached(fingerprint, Gazetteer.build(loadNames()), now);
        } else {
            current = new Cached(fingerprint, current.gazetteer(), now);
        }
        cached = current;
        return current.gazetteer();
    }

    /** Drops the automaton; the next use rebuilds it from the names as this transaction sees them. */
    public void invalidate() {
        cached = null;
    }

    /** Again once the change is committed or rolled back, so no reader keeps names built from the other state. */
    void afterOrganizationChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) OrganizationChange change) {
        cached = null;
    }

    /**
     * Every alias change touches its organization, so count and latest change cover all name changes. On H2
     * {@code ix_organization_updated} (V11) makes it a direct lookup, not a scan of every organization.
     */
    private static Object fingerprint() {
        Object[] row = Organization.getEntityManager()
                .createQuery("select count(o), max(o.updatedAt) from Organization o", Object[].class)
                .getSingleResult();
        Instant last = (Instant) row[1];
        return ((Number) row[0]).longValue() + "@" + last;
    }

    private static List<OrganizationNames> loadNames() {
        Map<Long, List<String>> aliases = new HashMap<>();
        for (Object[] row : Organization.getEntityManager()
                .createQuery("select a.organization.id, a.alias from OrganizationAlias a", Object[].class).getResultList()) {
            aliases.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, OrganizationNames> names = new LinkedHashMap<>();
        for (Object[] row : Organization.getEntityManager()
                .createQuery("select o.id, o.name from Organization o order by o.id", Object[].class).getResultList()) {
            Long id = (Long) row[0];
            names.put(id, new OrganizationNames(id, (String) row[1], aliases.getOrDefault(id, List.of())));
        }
        return new ArrayList<>(names.values());
    }
}
