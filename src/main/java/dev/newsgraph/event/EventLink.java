package dev.newsgraph.event;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** "Cause led to effect": a directed edge between two events. */
@Entity
@Table(name = "event_link")
public class EventLink extends PanacheEntityBase {

    /**
     * The most causes, and the most consequences, one event has (Event.causes, Event.consequences):
     * links are curated, and an event with more direct causes is better split into several.
     */
    public static final int MAX_PER_EVENT = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_link_seq")
    @SequenceGenerator(name = "event_link_seq", sequenceName = "event_link_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cause_id")
    public Event cause;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "effect_id")
    public Event effect;
}
