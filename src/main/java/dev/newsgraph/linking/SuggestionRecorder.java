package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import dev.newsgraph.article.Article;
import dev.newsgraph.graphql.IdList;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationInput;
import dev.newsgraph.store.BulkInserts;

/** Stores each article's suggestions with it, and lists them without the names that have become known since. */
@ApplicationScoped
public class SuggestionRecorder {

    private static final String NOT_KNOWN = " and not exists (select 1 from Organization o where o.nameKey = s.nameKey)"
            + " and not exists (select 1 from OrganizationAlias al where al.aliasKey = s.nameKey)";

    /**
     * Stores the articles' suggestions as found in their texts (same order; inside the caller's
     * transaction) and returns those kept for each article, most frequent first.
     */
    public List<List<Suggestion>> record(List<Article> articles, boolean created, List<List<Suggestion>> found) {
        EntityManager em = ArticleSuggestion.getEntityManager();
        if (!created) {
            ArticleSuggestion.delete("article.id in ?1", articles.stream().map(article -> article.id).toList());
        }
        List<ArticleSuggestion> rows = new ArrayList<>();
        List<List<Suggestion>> stored = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Set<String> keys = new HashSet<>();
            List<Suggestion> kept = new ArrayList<>();
            for (Suggestion suggestion : mostFrequent(found.get(i))) {
                String key = Organization.key(suggestion.name());
                // a key is unique per article; the finder's case-insensitive names almost always agree with it
                if (keys.size() < ArticleSuggestion.MAX_PER_ARTICLE && key.length() <= OrganizationInput.NAME_MAX_LENGTH
                        && keys.add(key)) {
                    rows.add(ArticleSuggestion.of(articles.get(i), suggestion.name(), key, suggestion.count()));
                    kept.add(new Suggestion(suggestion.name(), suggestion.count(), 1));
                }
            }
            stored.add(kept);
        }
        BulkInserts.insert(em, rows);
        return stored;
    }

    /** An article's suggestions, the most frequent first (ties by name), so the kept ones are those that matter most. */
    private static List<Suggestion> mostFrequent(List<Suggestion> found) {
        List<Suggestion> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Suggestion::count).reversed().thenComparing(Suggestion::name));
        return sorted;
    }

    /** The suggestions of each of the articles still unknown, most frequent first, in one query. */
    public static Map<Long, List<Suggestion>> forArticles(Collection<Long> articleIds) {
        Map<Long, List<Suggestion>> result = new HashMap<>();
        if (articleIds.isEmpty()) {
            return result;
        }
        IdList ids = IdList.of("article", articleIds);
        for (ArticleSuggestion row : ArticleSuggestion.<ArticleSuggestion> list("from ArticleSuggestion s where s.article.id in "
                + ids.placeholders() + NOT_KNOWN + " order by s.count desc, s.name", ids.parameters())) {
            List<Suggestion> ofArticle = result.computeIfAbsent(row.article.id, k -> new ArrayList<>());
            // rows stored before the bound existed may be more
            if (ofArticle.size() < ArticleSuggestion.MAX_PER_ARTICLE) {
                ofArticle.add(new Suggestion(row.name, row.count, 1));
            }
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
