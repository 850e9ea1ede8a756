package dev.newsgraph.ingest;

/** A name that looks like an organization but is unknown to the gazetteer, with its occurrence count. */
public record Suggestion(String name, int count) {
}
