package dev.newsgraph.analytics;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.analytics.Stats.EventKindCount;
import dev.newsgraph.analytics.Stats.MonthCount;
import dev.newsgraph.analytics.Stats.SourceCount;
import dev.newsgraph.analytics.Stats.TopOrganization;
import dev.newsgraph.analytics.Stats.Totals;
import dev.newsgraph.graphql.DateRange;
import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.graphql.PageRequest;

/** `stats` and its facets; `stats` has one parent per request, so its facets need no batching. */
@GraphQLApi
public class StatsApi {

    private static final String FROM = "First UTC day of the range; open if left out.";
    private static final String TO = "Last UTC day of the range (inclusive); open if left out; not before `from`.";

    @Inject
    StatsService stats;

    @Query("stats")
    @NonNull
    @Description("Counts for dashboards: totals, articles per month, events per kind, top organizations, articles per source."
            + " With `distinctStories: true` every count of articles counts stories instead (a near-duplicate counts as its"
            + " original's story; a story with articles in two months or from two sources counts in each), and mentions"
            + " count once per story: as its article that names the organization most.")
    public Stats stats(@Name("distinctStories") @DefaultValue("false") @Description(Stories.ARGUMENT) Boolean distinctStories) {
        return new Stats(Stories.asked(distinctStories));
    }

    @NonNull
    @Description("Numbers of articles, organizations, events and mentions.")
    public Totals totals(@Source Stats parent,
            @Name("from") @Description(FROM) LocalDate from, @Name("to") @Description(TO) LocalDate to) {
        return stats.totals(DateRange.of(from, to), parent.distinctStories);
    }

    @NonNull
    @ListSize(max = StatsService.MAX_MONTHS)
    @Description("Articles per UTC month of publication, oldest month first; months without articles are left out. At most "
            + StatsService.MAX_MONTHS + " months, the earliest of the range (a century); narrow it with `from` and `to`.")
    public List<@NonNull MonthCount> articlesPerMonth(@Source Stats parent,
            @Name("from") @Description(FROM) LocalDate from, @Name("to") @Description(TO) LocalDate to) {
        return stats.articlesPerMonth(DateRange.of(from, to), parent.distinctStories);
    }

    @NonNull
    @ListSize(max = StatsService.MAX_KINDS)
    @Description("Events per kind, the most frequent first; kinds without events are left out. At most "
            + StatsService.MAX_KINDS + ", one per kind.")
    public List<@NonNull EventKindCount> eventsPerKind(@Source Stats parent,
            @Name("from") @Description(FROM) LocalDate from, @Name("to") @Description(TO) LocalDate to) {
        return stats.eventsPerKind(DateRange.of(from, to));
    }

    @NonNull
    @ListSize(max = PageRequest.MAX_SIZE)
    @Description("The organizations named most often in the range's articles (ties: more articles, then name)."
            + " At most `first` organizations (20 by default, at most 100).")
    public List<@NonNull TopOrganization> topOrganizations(@Source Stats parent,
            @Name("first") @Description("Maximum number of organizations; 20 by default, at most 100.") Integer first,
            @Name("from") @Description(FROM) LocalDate from, @Name("to") @Description(TO) LocalDate to) {
        return stats.topOrganizations(first, DateRange.of(from, to), parent.distinctStories);
    }

    @NonNull
    @ListSize(max = StatsService.MAX_SOURCES)
    @Description("Articles per source, the largest first; articles without a source are counted under a null source."
            + " At most " + StatsService.MAX_SOURCES + " sources, the largest.")
    public List<@NonNull SourceCount> articlesPerSource(@Source Stats parent,
            @Name("from") @Description(FROM) LocalDate from, @Name("to") @Description(TO) LocalDate to) {
        return stats.articlesPerSource(DateRange.of(from, to), parent.distinctStories);
    }
}
