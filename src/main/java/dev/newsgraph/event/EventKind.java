package dev.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened.")
public enum EventKind {
    @Description("A prohibition, e.g. on selling a product in a country.")
    BAN,
    @Description("A penalty one body imposes on another: a fine, an export restriction, a listing.")
    SANCTION,
    @Description("Operations, a service or a business closed or wound down.")
    SHUTDOWN,
    @Description("Staff let go.")
    LAYOFF,
    @Description("A company or part of one bought or sold.")
    ACQUISITION,
    @Description("Legal action brought before a court.")
    LAWSUIT,
    @Description("A court or regulator decided.")
    RULING,
    @Description("A law proposed, passed or in force.")
    LEGISLATION,
    @Description("An order by a head of government or state.")
    EXECUTIVE_ORDER,
    @Description("A statement of plans or news by the body itself.")
    ANNOUNCEMENT,
    @Description("A study, investigation or report published.")
    REPORT,
    @Description("A service or system unavailable.")
    OUTAGE,
    @Description("None of the kinds above.")
    OTHER
}
