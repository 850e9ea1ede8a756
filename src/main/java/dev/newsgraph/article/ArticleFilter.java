package dev.newsgraph.article;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.Keyset.Where;
import dev.newsgraph.graphql.Like;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.PlainText;

@Input("ArticleFilter")
@Description("Narrows `articles`; all given conditions must hold.")
public class ArticleFilter {

    @Size(max = 200)
    @Description("Text contained in the title or body, case-insensitive.")
    @PlainText
    public String text;

    @Id
    @Description("Only articles that mention this organization.")
    public String organizationId;

    @Id
    @Description("Only articles that report this event.")
    public String eventId;

    @Size(max = 200)
    @Description("Only this source (exact, case-insensitive).")
    @PlainText
    public String source;

    @Size(max = 16)
    @Description("Only this language tag.")
    @PlainText
    public String language;

    @Description("Published at or after this time.")
    public OffsetDateTime publishedFrom;

    @Description("Published before this time.")
    public OffsetDateTime publishedTo;

    Where toWhere() {
        StringJoiner jpql = new StringJoiner(" and ");
        jpql.add("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (text != null && !text.isBlank()) {
            jpql.add("(lower(e.title) like :text escape '\\' or lower(e.body) like :text escape '\\')");
            parameters.put("text", Like.contains(text.strip().toLowerCase(Locale.ROOT)));
        }
        if (organizationId != null) {
            jpql.add("exists (select 1 from Mention m where m.article = e and m.organization.id = :organizationId)");
            parameters.put("organizationId", GlobalId.rowId(organizationId, NodeType.ORGANIZATION));
        }
        if (eventId != null) {
            jpql.add("exists (select 1 from ArticleEvent ae where ae.article = e and ae.eventId = :eventId)");
            parameters.put("eventId", GlobalId.rowId(eventId, NodeType.EVENT));
        }
        if (source != null) {
            jpql.add("lower(e.source) = :source");
            parameters.put("source", source.strip().toLowerCase(Locale.ROOT));
        }
        if (language != null) {
            jpql.add("lower(e.language) = :language");
            parameters.put("language", language.strip().toLowerCase(Locale.ROOT));
        }
        if (publishedFrom != null) {
            jpql.add("e.publishedAt >= :publishedFrom");
            parameters.put("publishedFrom", publishedFrom.toInstant());
        }
        if (publishedTo != null) {
            jpql.add("e.publishedAt < :publishedTo");
            parameters.put("publishedTo", publishedTo.toInstant());
        }
        return new Where(jpql.toString(), parameters);
    }
}
