package dev.newsgraph.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.IdList;
import dev.newsgraph.graphql.Node;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.SearchResult;
import dev.newsgraph.graphql.Timestamped;

@Entity
@Table(name = "news_event")
@Type("Event")
@Description("Something that happened: a ban, a shutdown, an executive order… with who took part and what it led to.")
public class Event extends Timestamped implements Node, SearchResult {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_event_seq")
    @SequenceGenerator(name = "news_event_seq", sequenceName = "news_event_seq", allocationSize = 50)
    @Ignore
    public Long id;

    @Override
    @Id
    @NonNull
    @Name("id")
    @Description(Node.ID_DESCRIPTION)
    public String getGlobalId() {
        return GlobalId.of(NodeType.EVENT, id);
    }

    @NonNull
    @Description("Short headline of what happened.")
    @Column(nullable = false, length = 500)
    public String title;

    @NonNull
    @Description("What kind of event this is.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public EventKind kind;

    @NonNull
    @Description("When it happened; read together with `datePrecision` (a MONTH event is stored on the 1st).")
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @NonNull
    @Description("How precisely `occurredOn` is known.")
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 8)
    public DatePrecision datePrecision;

    @Description("What happened, in a few sentences.")
    @Column(length = 4000)
    public String description;

    @Description("Where it happened.")
    @Column(length = 200)
    public String location;

    public static List<Event> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdList batch = IdList.of("id", ids);
        return list("id in " + batch.placeholders(), batch.parameters());
    }
}
