package dev.newsgraph.event;

/** Fired after the transaction that created or changed an event (its fields, participants or links) commits. */
public record EventChanged(Long eventId) {
}
