package dev.newsgraph.linking;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.newsgraph.article.Article;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationAlias;

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

    /** Ids of the affected articles, ascending within each source. */
    static Set<Long> of(Collection<Organization> organizations) {
        List<Long> ids = organizations.stream().map(o -> o.id).toList();
        Map<Long, List<String>> aliases = OrganizationAlias.namesOf(ids);
        Set<Long> affected = new LinkedHashSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(from + IDS_PER_QUERY, ids.size()));
            affected.addAll(Article.getEntityManager()
                    .createQuery("select distinct m.article.id from Mention m where m.organization.id in ?1", Long.class)
                    .setParameter(1, chunk).getResultList());
        }
        Gazetteer names = Gazetteer.build(organizations.stream()
                .map(o -> new OrganizationNames(o.id, o.name, aliases.getOrDefault(o.id, List.of()))).toList());
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> page = Article.getEntityManager()
                    .createQuery("select a.id, a.title, a.body from Article a where a.id > ?1 order by a.id", Object[].class)
                    .setParameter(1, after).setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) {
                return affected;
            }
            // pure computation on the texts, shared by the cores
            (page.size() > 1 ? page.parallelStream() : page.stream())
                    .filter(row -> !Gazetteer.link(names.scan((String) row[1], (String) row[2])).isEmpty())
                    .map(row -> (Long) row[0]).toList()
                    .forEach(affected::add);
            after = (Long) page.get(page.size() - 1)[0];
        }
    }
}
