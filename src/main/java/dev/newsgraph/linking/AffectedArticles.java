package dev.newsgraph.linking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.newsgraph.article.Article;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationChange;

/**
 * The articles whose mentions may change when many organizations get new names at once: those that
 * mention one of them now, and those whose text contains one of their names — found in one pass over
 * the articles with an automaton of just those names (the same case rules as the linker's), instead
 * of a text search per name.
 */
final class AffectedArticles {

    private static final int PAGE = 500;
    private static final int IDS_PER_QUERY = 1000;

    private AffectedArticles() {
    }

    /**
     * Ids of the affected articles, ascending within each source. The import gives each organization's
     * aliases, and which organizations it created: those are mentioned nowhere yet.
     */
    static Set<Long> of(OrganizationChange.Imported imported) {
        List<Organization> organizations = imported.namesChanged();
        List<Long> stored = organizations.stream().map(o -> o.id).filter(id -> !imported.created().contains(id)).toList();
        Set<Long> affected = new LinkedHashSet<>();
        for (int from = 0; from < stored.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = stored.subList(from, Math.min(from + IDS_PER_QUERY, stored.size()));
            affected.addAll(Article.getEntityManager()
                    .createQuery("select distinct m.article.id from Mention m where m.organization.id in ?1", Long.class)
                    .setParameter(1, chunk).getResultList());
        }
        Gazetteer names = null; // built once there is an article to scan
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> page = Article.getEntityManager()
                    .createQuery("select a.id, a.title, a.body from Article a where a.id > ?1 order by a.id", Object[].class)
                    .setParameter(1, after).setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) {
                return affected;
            }
            if (names == null) {
                names = Gazetteer.build(organizations.stream()
                        .map(o -> new OrganizationNames(o.id, o.name, imported.aliasesOf(o))).toList());
            }
            Gazetteer scanned = names;
            // pure computation on the texts, shared by the cores
            (page.size() > 1 ? page.parallelStream() : page.stream())
                    .filter(row -> !Gazetteer.link(scanned.scan((String) row[1], (String) row[2])).isEmpty())
                    .map(row -> (Long) row[0]).toList()
                    .forEach(affected::add);
            after = (Long) page.get(page.size() - 1)[0];
        }
    }
}
