package dev.newsgraph.article;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import dev.newsgraph.graphql.Keyset.SortKey;
import dev.newsgraph.graphql.SortDirection;

@Input("ArticleOrder")
@Description("Ordering of `articles`; ties are broken by id.")
public class ArticleOrder {

    @Name("ArticleOrderField")
    @Description("Sortable fields of an article.")
    public enum Field {
        @Description("When the article was published.")
        PUBLISHED_AT,
        @Description("The headline.")
        TITLE,
        @Description("When the article was stored.")
        CREATED_AT
    }

    @Description("Field to sort on; `PUBLISHED_AT` by default.")
    public Field field = Field.PUBLISHED_AT;

    @Description("Direction; `DESC` (newest first) by default.")
    public SortDirection direction = SortDirection.DESC;

    /** By publication time; newest first (DESC) is how every list of articles reads by default. */
    public static final SortKey<Article> BY_PUBLISHED_AT =
            new SortKey<>("PUBLISHED_AT", "e.publishedAt", a -> a.publishedAt, Instant::parse);

    static ArticleOrder orDefault(ArticleOrder order) {
        ArticleOrder result = order == null ? new ArticleOrder() : order;
        if (result.field == null) {
            result.field = Field.PUBLISHED_AT;
        }
        if (result.direction == null) {
            result.direction = SortDirection.DESC;
        }
        return result;
    }

    SortKey<Article> key() {
        return switch (field) {
            case PUBLISHED_AT -> BY_PUBLISHED_AT;
            case TITLE -> new SortKey<>("TITLE", "e.title", a -> a.title, s -> s);
            case CREATED_AT -> new SortKey<>("CREATED_AT", "e.createdAt", a -> a.createdAt, Instant::parse);
        };
    }
}
