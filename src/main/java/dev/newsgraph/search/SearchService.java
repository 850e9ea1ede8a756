package dev.newsgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import dev.newsgraph.graphql.Paging;
import dev.newsgraph.graphql.SearchResult;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Ranked search over the folded text of articles, organizations and events: one query per kind,
 * each ranked and cut in the database, then merged by score. Scores (per matched term):
 * organization name 20, alias 15, description 1, plus 1000 for an exact name and 500 for an
 * exact alias; article and event title 10, body or description 1. Ties keep organizations
 * first, then events, then articles; within a kind, by name or newest first.
 */
@ApplicationScoped
public class SearchService {

    @Inject
    Paging paging;

    private record Hit(SearchResult node, int score) {
    }

    public List<SearchResult> search(String text, Integer first) {
        int size = paging.listSize(first);
        SearchTerms terms = SearchTerms.parse(text);
        if (size == 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        hits.addAll(organizations(terms, size));
        hits.addAll(events(terms, size));
        hits.addAll(articles(terms, size));
        // A stable sort: within a score, the order above and each query's own order stand.
        hits.sort(Comparator.comparingInt(Hit::score).reversed());
        return hits.stream().limit(size).map(Hit::node).toList();
    }

    private static List<Hit> organizations(SearchTerms terms, int size) {
        String score = "case when s.nameText = :exact then 1000 else 0 end"
                + " + case when s.aliasText like :exactAlias then 500 else 0 end"
                + perTerm(terms, "s.nameText", 20) + perTerm(terms, "s.aliasText", 15)
                + perTerm(terms, "s.descriptionText", 1);
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(
                "select o, " + score + " as score from OrganizationSearchText s join Organization o on o.id = s.organizationId"
                        + " where " + allTermsIn(terms, "s.nameText", "s.aliasText", "s.descriptionText")
                        + " order by score desc, o.name, o.id", Object[].class)
                .setParameter("exact", terms.exact())
                .setParameter("exactAlias", "%|" + terms.exact() + "|%");
        return run(query, terms, size);
    }

    private static List<Hit> events(SearchTerms terms, int size) {
        String score = "0" + perTerm(terms, "s.titleText", 10) + perTerm(terms, "s.descriptionText", 1);
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(
                "select e, " + score + " as score from EventSearchText s join Event e on e.id = s.eventId"
                        + " where " + allTermsIn(terms, "s.titleText", "s.descriptionText")
                        + " order by score desc, e.occurredOn desc, e.id desc", Object[].class);
        return run(query, terms, size);
    }

    private static List<Hit> articles(SearchTerms terms, int size) {
        String score = "0" + perTerm(terms, "s.titleText", 10) + perTerm(terms, "s.bodyText", 1);
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(
                "select a, " + score + " as score from ArticleSearchText s join Article a on a.id = s.articleId"
                        + " where " + allTermsIn(terms, "s.titleText", "s.bodyText")
                        + " order by score desc, a.publishedAt desc, a.id desc", Object[].class);
        return run(query, terms, size);
    }

    /** " + case when field like :t0 then weight else 0 end + …" for every term. */
    private static String perTerm(SearchTerms terms, String field, int weight) {
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < terms.terms().size(); i++) {
            sum.append(" + case when ").append(field).append(" like :t").append(i)
                    .append(" then ").append(weight).append(" else 0 end");
        }
        return sum.toString();
    }

    /** Every term must be found in at least one of the fields. */
    private static String allTermsIn(SearchTerms terms, String... fields) {
        StringJoiner all = new StringJoiner(" and ");
        for (int i = 0; i < terms.terms().size(); i++) {
            StringJoiner any = new StringJoiner(" or ", "(", ")");
            for (String field : fields) {
                any.add(field + " like :t" + i);
            }
            all.add(any.toString());
        }
        return all.toString();
    }

    private static List<Hit> run(TypedQuery<Object[]> query, SearchTerms terms, int size) {
        for (int i = 0; i < terms.terms().size(); i++) {
            query.setParameter("t" + i, terms.pattern(i));
        }
        return query.setMaxResults(size).getResultList().stream()
                .map(row -> new Hit((SearchResult) row[0], ((Number) row[1]).intValue()))
                .toList();
    }
}
