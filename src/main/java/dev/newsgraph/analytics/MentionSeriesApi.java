package dev.newsgraph.analytics;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.newsgraph.graphql.DateRange;
import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.organization.Organization;

/** `Organization.mentionSeries`, batched over all parent organizations. */
@GraphQLApi
// @Source methods are called by reflection; a class without queries is not registered for native otherwise
@RegisterForReflection
public class MentionSeriesApi {

    @Inject
    MentionSeries series;

    @ListSize(max = MentionSeries.MAX_POINTS)
    @Description("Articles mentioning this organization and their mentions per bucket of publication time (UTC),"
            + " oldest first, every bucket from `from` to `to` included even when empty; an open end starts or stops"
            + " at the first or last article. At most " + MentionSeries.MAX_POINTS + " points (the latest).")
    public List<@NonNull List<@NonNull SeriesPoint>> mentionSeries(@Source List<Organization> organizations,
            @Name("from") @Description("First day (UTC); the first article's if left out.") LocalDate from,
            @Name("to") @Description("Last day (UTC), included; the last article's if left out.") LocalDate to,
            @Name("interval") @DefaultValue("MONTH") @Description("Bucket width; a month by default.") Interval interval) {
        return series.series(organizations.stream().map(o -> o.id).toList(), DateRange.of(from, to),
                interval == null ? Interval.MONTH : interval);
    }
}
