package dev.newsgraph.event;

import java.time.LocalDate;
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

@Input("EventFilter")
@Description("Narrows `events`: all given fields must hold; `and`, `or` and `not` combine filters (at most "
        + BooleanFilter.MAX_DEPTH + " levels deep and " + BooleanFilter.MAX_CONDITIONS
        + " conditions, each list element counting as one; more is LIMIT_EXCEEDED with limit `filter`).")
public class EventFilter implements BooleanFilter<EventFilter> {

    @Size(max = 200)
    @Description("Text contained in the title or description, case-insensitive.")
    @PlainText
    public String text;

    @Description("Only this kind.")
    public EventKind kind;

    @Description("Only events of any of these kinds (none: nothing matches).")
    public List<@NonNull EventKind> kinds;

    @Id
    @Description("Only events this organization took part in.")
    public String organizationId;

    @Id
    @Description("Only events any of these organizations took part in (none: nothing matches).")
    public List<@NonNull String> organizationIds;

    @Description("Occurred on or after this day.")
    public LocalDate from;

    @Description("Occurred on or before this day.")
    public LocalDate to;

    @Name("and")
    @Description("Filters that must all hold as well.")
    public List<@NonNull @Valid EventFilter> and;

    @Name("or")
    @Description("Filters of which at least one must hold as well (none: nothing matches).")
    public List<@NonNull @Valid EventFilter> or;

    @Valid
    @Name("not")
    @Description("A filter that must not hold.")
    public EventFilter not;

    @Override
    public List<EventFilter> allOf() {
        return and;
    }

    @Override
    public List<EventFilter> anyOf() {
        return or;
    }

    @Override
    public EventFilter negated() {
        return not;
    }

    @Override
    public void addFieldConditions(FilterConditions where) {
        if (text != null && !text.isBlank()) {
            where.add(Like.contains(text.strip().toLowerCase(Locale.ROOT)), v -> "(lower(e.title) like " + v + " escape '\\'"
                    + " or (e.description is not null and lower(e.description) like " + v + " escape '\\'))");
        }
        if (kind != null) {
            where.add(kind, v -> "e.kind = " + v);
        }
        if (kinds != null) {
            where.addIn("e.kind", kinds, k -> k);
        }
        if (organizationId != null) {
            where.add(GlobalId.rowId(organizationId, NodeType.ORGANIZATION),
                    v -> "exists (select 1 from Participation p where p.event = e and p.organization.id = " + v + ")");
        }
        if (organizationIds != null) {
            where.addIn("p.organization.id", organizationIds, id -> GlobalId.rowId(id, NodeType.ORGANIZATION),
                    in -> "exists (select 1 from Participation p where p.event = e and " + in + ")");
        }
        if (from != null) {
            where.add(from, v -> "e.occurredOn >= " + v);
        }
        if (to != null) {
            where.add(to, v -> "e.occurredOn <= " + v);
        }
    }
}
