package dev.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened.")
public enum EventKind {
    BAN,
    SANCTION,
    SHUTDOWN,
    LAYOFF,
    ACQUISITION,
    LAWSUIT,
    RULING,
    LEGISLATION,
    EXECUTIVE_ORDER,
    ANNOUNCEMENT,
    REPORT,
    OUTAGE,
    OTHER
}
