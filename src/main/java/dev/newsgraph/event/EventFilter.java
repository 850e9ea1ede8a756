package dev.newsgraph.event;

import java.time.LocalDate;
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

@Input("EventFilter")
@Description("Narrows `events`; all given conditions must hold.")
public class EventFilter {

    @Size(max = 200)
    @Description("Text contained in the title or description, case-insensitive.")
    @PlainText
    public String text;

    @Description("Only this kind.")
    public EventKind kind;

    @Id
    @Description("Only events this organization took part in.")
    public String organizationId;

    @Description("Occurred on or after this day.")
    public LocalDate from;

    @Description("Occurred on or before this day.")
    public LocalDate to;

    Where toWhere() {
        StringJoiner jpql = new StringJoiner(" and ");
        jpql.add("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (text != null && !text.isBlank()) {
            jpql.add("(lower(e.title) like :text escape '\\' or lower(e.description) like :text escape '\\')");
            parameters.put("text", Like.contains(text.strip().toLowerCase(Locale.ROOT)));
        }
        if (kind != null) {
            jpql.add("e.kind = :kind");
            parameters.put("kind", kind);
        }
        if (organizationId != null) {
            jpql.add("exists (select 1 from Participation p where p.event = e and p.organization.id = :organizationId)");
            parameters.put("organizationId", GlobalId.rowId(organizationId, NodeType.ORGANIZATION));
        }
        if (from != null) {
            jpql.add("e.occurredOn >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            jpql.add("e.occurredOn <= :to");
            parameters.put("to", to);
        }
        return new Where(jpql.toString(), parameters);
    }
}
