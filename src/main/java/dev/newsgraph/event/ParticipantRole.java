package dev.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("The part an organization played in an event.")
public enum ParticipantRole {
    @Description("Did it (e.g. the agency that issued a ban).")
    ACTOR,
    @Description("It was done to them (e.g. the banned company).")
    TARGET,
    @Description("Affected without being the target.")
    AFFECTED,
    @Description("Reported on it.")
    REPORTER,
    @Description("Any other part.")
    OTHER
}
