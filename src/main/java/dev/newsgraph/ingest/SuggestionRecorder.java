package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import dev.newsgraph.article.Article;
import dev.newsgraph.graphql.IdList;
import dev.newsgraph.organization.Organization;

/** Stores each article's suggestions with it, and lists them without the names that have become known since. */
@ApplicationScoped
public class SuggestionRecorder {

    private static final String NOT_KNOWN = " and not exists (select 1 from Organization o where o.nameKey = s.nameKey)"
            + " and not exists (select 1 from OrganizationAlias al where al.aliasKey = s.nameKey)";

    private final SuggestionFinder finder = new SuggestionFinder();

    /** Recomputes the article's suggestions from its scanned text (inside the caller's transaction). */
    public void record(Article article, boolean created, Gazetteer.Scan scan) {
        if (!created) {
            ArticleSuggestion.delete("article", article);
        }
        for (Suggestion suggestion : finder.find(scan)) {
            String key = Organization.key(suggestion.name());
            if (key.length() > 200) {
                continue;
            }
            ArticleSuggestion row = new ArticleSuggestion();
            row.article = article;
            row.name = suggestion.name();
            row.nameKey = key;
            row.count = suggestion.count();
            row.persist();
        }
    }

    /** The suggestions of each of the articles still unknown, most frequent first, in one query. */
    public Map<Long, List<Suggestion>> forArticles(Collection<Long> articleIds) {
        Map<Long, List<Suggestion>> result = new HashMap<>();
        if (articleIds.isEmpty()) {
            return result;
        }
        IdList ids = IdList.of("article", articleIds);
        for (ArticleSuggestion row : ArticleSuggestion.<ArticleSuggestion> list("from ArticleSuggestion s where s.article.id in "
                + ids.placeholders() + NOT_KNOWN + " order by s.count desc, s.name", ids.parameters())) {
            result.computeIfAbsent(row.article.id, k -> new ArrayList<>()).add(new Suggestion(row.name, row.count, 1));
        }
        return result;
    }

    /** The most frequent unknown names over all articles. */
    public List<Suggestion> top(int first) {
        TypedQuery<Object[]> query = ArticleSuggestion.getEntityManager().createQuery(
                "select min(s.name), sum(s.count), count(s) from ArticleSuggestion s where 1 = 1" + NOT_KNOWN
                        + " group by s.nameKey order by sum(s.count) desc, count(s) desc, min(s.name)", Object[].class)
                .setMaxResults(first);
        List<Suggestion> result = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            result.add(new Suggestion((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return result;
    }
}
