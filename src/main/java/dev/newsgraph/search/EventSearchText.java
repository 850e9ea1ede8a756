package dev.newsgraph.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.newsgraph.event.Event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event's title and description in folded form; deleted with the event. */
@Entity
@Table(name = "event_search")
public class EventSearchText extends PanacheEntityBase {

    static final int TITLE_LENGTH = 1100;
    static final int DESCRIPTION_LENGTH = 8100;

    @Id
    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "title_text", nullable = false, length = TITLE_LENGTH)
    public String titleText;

    @Column(name = "description_text", nullable = false, length = DESCRIPTION_LENGTH)
    public String descriptionText;

    static void index(Event event) {
        EventSearchText existing = findById(event.id);
        EventSearchText row = existing != null ? existing : new EventSearchText();
        row.eventId = event.id;
        row.titleText = SearchText.fold(event.title, TITLE_LENGTH);
        row.descriptionText = SearchText.fold(event.description, DESCRIPTION_LENGTH);
        if (existing == null) {
            row.persist();
        }
    }
}
