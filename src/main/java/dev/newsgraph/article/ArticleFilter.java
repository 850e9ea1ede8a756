package dev.newsgraph.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.graphql.BooleanFilter;
import dev.newsgraph.graphql.FilterConditions;
import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.Like;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.PlainText;

@Input("ArticleFilter")
@Description("Narrows `articles`: all given fields must hold; `and`, `or` and `not` combine filters (at most "
        + BooleanFilter.MAX_DEPTH + " levels deep and " + BooleanFilter.MAX_CONDITIONS
        + " conditions, each list element counting as one; more is LIMIT_EXCEEDED with limit `filter`).")
public class ArticleFilter implements BooleanFilter<ArticleFilter> {

    @Size(max = 200)
    @Description("Text contained in the title or body, case-insensitive.")
    @PlainText
    public String text;

    @Id
    @Description("Only articles that mention this organization.")
    public String organizationId;

    @Id
    @Description("Only articles that mention any of these organizations (none: nothing matches).")
    public List<@NonNull String> organizationIds;

    @Id
    @Description("Only articles that report this event.")
    public String eventId;

    @Size(max = 200)
    @Description("Only this source (exact, case-insensitive).")
    @PlainText
    public String source;

    @Description("Only articles from any of these sources (exact, case-insensitive; none: nothing matches).")
    public List<@NonNull @Size(max = 200) @PlainText String> sources;

    @Size(max = 16)
    @Description("Only this language tag.")
    @PlainText
    public String language;

    @Description("Only articles in any of these language tags (none: nothing matches).")
    public List<@NonNull @Size(max = 16) @PlainText String> languages;

    @Description("Published at or after this time.")
    public OffsetDateTime publishedFrom;

    @Description("Published before this time.")
    public OffsetDateTime publishedTo;

    @Description("True: only originals, each story once (the earliest article of near-duplicate copies).")
    public Boolean excludeDuplicates;

    @Name("and")
    @Description("Filters that must all hold as well.")
    public List<@NonNull @Valid ArticleFilter> and;

    @Name("or")
    @Description("Filters of which at least one must hold as well (none: nothing matches).")
    public List<@NonNull @Valid ArticleFilter> or;

    @Valid
    @Name("not")
    @Description("A filter that must not hold.")
    public ArticleFilter not;

    @Override
    public List<ArticleFilter> allOf() {
        return and;
    }

    @Override
    public List<ArticleFilter> anyOf() {
        return or;
    }

    @Override
    public ArticleFilter negated() {
        return not;
    }

    @Override
    public void addFieldConditions(FilterConditions where) {
        if (text != null && !text.isBlank()) {
            where.add(Like.contains(text.strip().toLowerCase(Locale.ROOT)),
                    v -> "(lower(e.title) like " + v + " escape '\\' or lower(e.body) like " + v + " escape '\\')");
        }
        if (organizationId != null) {
            where.add(GlobalId.rowId(organizationId, NodeType.ORGANIZATION),
                    v -> "exists (select 1 from Mention m where m.article = e and m.organization.id = " + v + ")");
        }
        if (organizationIds != null) {
            where.addIn("m.organization.id", organizationIds, id -> GlobalId.rowId(id, NodeType.ORGANIZATION),
                    in -> "exists (select 1 from Mention m where m.article = e and " + in + ")");
        }
        if (eventId != null) {
            where.add(GlobalId.rowId(eventId, NodeType.EVENT),
                    v -> "exists (select 1 from ArticleEvent ae where ae.article = e and ae.eventId = " + v + ")");
        }
        if (source != null) {
            where.add(source.strip().toLowerCase(Locale.ROOT), v -> "(e.source is not null and lower(e.source) = " + v + ")");
        }
        if (sources != null) {
            where.addIn("lower(e.source)", sources, s -> s.strip().toLowerCase(Locale.ROOT),
                    in -> "(e.source is not null and " + in + ")");
        }
        if (language != null) {
            where.add(language.strip().toLowerCase(Locale.ROOT), v -> "lower(e.language) = " + v);
        }
        if (languages != null) {
            where.addIn("lower(e.language)", languages, s -> s.strip().toLowerCase(Locale.ROOT));
        }
        if (Boolean.TRUE.equals(excludeDuplicates)) {
            where.add("e.duplicateOfId is null");
        }
        if (publishedFrom != null) {
            where.add(publishedFrom.toInstant(), v -> "e.publishedAt >= " + v);
        }
        if (publishedTo != null) {
            where.add(publishedTo.toInstant(), v -> "e.publishedAt < " + v);
        }
    }
}
