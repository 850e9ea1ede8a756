package dev.newsgraph.event;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.IdList;
import dev.newsgraph.organization.Organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "participation")
@Type("Participation")
@Description("An organization's part in an event.")
public class Participation extends PanacheEntityBase {

    /**
     * The most organizations taking part in one event (Event.participants): news events have a few
     * parties; a sanctions list of hundreds of names is better recorded as the events of its waves.
     */
    public static final int MAX_PER_EVENT = 50;

    @Ignore
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participation_seq")
    @SequenceGenerator(name = "participation_seq", sequenceName = "participation_seq", allocationSize = 50)
    public Long id;

    @NonNull
    @Description("The event.")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @NonNull
    @Description("The organization taking part.")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @NonNull
    @Description("The part it played.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ParticipantRole role;

    /** Both ends are fetched, so either can be serialized without another query. */
    public static List<Participation> forEvents(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        IdList ids = IdList.of("event", eventIds);
        return find("select p from Participation p join fetch p.event join fetch p.organization"
                + " where p.event.id in " + ids.placeholders() + " order by p.role, p.organization.name", ids.parameters()).list();
    }
}
