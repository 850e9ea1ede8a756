package dev.newsgraph.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.event.EventKind;
import dev.newsgraph.organization.Organization;

/** The `stats` root: every facet is a field with its own date range, computed only when asked for. */
@Type("Stats")
@Description("Counts over the graph for dashboards. Every facet takes an optional range of UTC days (`from`, `to`,"
        + " both inclusive): articles by publication time, events whose `datePrecision` period overlaps the range."
        + " With `distinctStories`, the article counts count stories: a near-duplicate counts as its original's story.")
public class Stats {

    /** What `stats(distinctStories:)` asked for: every article facet counts stories instead of articles. */
    @Ignore
    final boolean distinctStories;

    Stats(boolean distinctStories) {
        this.distinctStories = distinctStories;
    }

    @Type("Totals")
    @Description("How much the graph holds (within the range, if one is given).")
    public static class Totals {
        @NonNull
        @Description("Articles published in the range (stories with an article in it, with `distinctStories`).")
        public int articles;
        @NonNull
        @Description("Organizations; with a range, those mentioned in an article or taking part in an event of the range.")
        public int organizations;
        @NonNull
        @Description("Events whose period overlaps the range.")
        public int events;
        @NonNull
        @Description("Times organizations are named in the range's articles (the sum of mention counts); with `distinctStories`,"
                + " once per story and organization, as the story's article that names it most.")
        public int mentions;
    }

    @Type("MonthCount")
    @Description("Articles published in one UTC month.")
    public static class MonthCount {
        @NonNull
        @Description("The month, `YYYY-MM`.")
        public String month;
        @NonNull
        @Description("Articles published in it (stories, with `distinctStories`).")
        public int count;

        MonthCount(String month, int count) {
            this.month = month;
            this.count = count;
        }
    }

    @Type("EventKindCount")
    @Description("Number of events of one kind.")
    public static class EventKindCount {
        @NonNull
        @Description("The kind.")
        public EventKind kind;
        @NonNull
        @Description("Events of this kind.")
        public int count;

        EventKindCount(EventKind kind, int count) {
            this.kind = kind;
            this.count = count;
        }
    }

    @Type("TopOrganization")
    @Description("An organization with how often the range's articles name it.")
    public static class TopOrganization {
        @NonNull
        @Description("The organization.")
        public Organization organization;
        @NonNull
        @Description("Times it is named (the sum of its mention counts; once per story, with `distinctStories`).")
        public int mentions;
        @NonNull
        @Description("Articles that name it (stories, with `distinctStories`).")
        public int articles;

        TopOrganization(Organization organization, int mentions, int articles) {
            this.organization = organization;
            this.mentions = mentions;
            this.articles = articles;
        }
    }

    @Type("SourceCount")
    @Description("Articles from one source.")
    public static class SourceCount {
        @Description("The source; null for articles without one.")
        public String source;
        @NonNull
        @Description("Articles from it (stories, with `distinctStories`).")
        public int count;

        SourceCount(String source, int count) {
            this.source = source;
            this.count = count;
        }
    }
}
