package dev.newsgraph.duplicate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsgraph.article.Article;
import dev.newsgraph.graphql.IdList;

import io.quarkus.hibernate.orm.panache.Panache;

/** The original of each article's story, two queries for any number of articles. */
@ApplicationScoped
public class Originals {

    /** The original each article copies, in the order of the ids; null for an original. */
    public List<Article> of(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        IdList ids = IdList.of("id", articleIds);
        // read again rather than trust a loaded entity: a later import may have made the article a copy
        List<Object[]> rows = ids.bind(Panache.getEntityManager().createQuery(
                "select a.id, a.duplicateOfId from Article a where a.duplicateOfId is not null and a.id in "
                        + ids.placeholders(), Object[].class)).getResultList();
        Map<Long, Long> originalOf = new HashMap<>();
        rows.forEach(row -> originalOf.put((Long) row[0], (Long) row[1]));
        Map<Long, Article> originals = Article.byIds(originalOf.values()).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return articleIds.stream().map(id -> originals.get(originalOf.get(id))).toList();
    }
}
