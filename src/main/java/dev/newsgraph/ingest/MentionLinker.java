package dev.newsgraph.ingest;

import java.time.Instant;
import java.util.ArrayList;
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

    /** Recomputes an article's mentions from its scanned title and body, replacing the stored ones (if any). */
    public List<Mention> link(Article article, boolean created, Gazetteer.Scan scan) {
        List<MentionHit> hits = Gazetteer.link(scan);
        if (!created) {
            Mention.delete("article", article);
        }
        EntityManager em = Mention.getEntityManager();
        List<Mention> mentions = new ArrayList<>();
        for (MentionHit hit : hits) {
            Mention mention = new Mention();
            mention.article = article;
            // a reference is enough to store the link; readers fetch organizations with the mentions
            mention.organization = em.getReference(Organization.class, hit.organizationId());
            mention.count = hit.count();
            mention.snippet = hit.snippet();
            mention.persist();
            mentions.add(mention);
        }
        return mentions;
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

    /** Every alias change touches its organization, so count and latest change cover all name changes. */
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
