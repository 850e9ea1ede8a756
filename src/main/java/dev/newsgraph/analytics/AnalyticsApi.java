package dev.newsgraph.analytics;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.PageRequest;

@GraphQLApi
public class AnalyticsApi {

    private static final String FIRST = " At most `first` organizations (20 by default, at most 100).";

    @Inject
    AnalyticsService analytics;

    @Query("coMentions")
    @NonNull
    @Description("Organizations named in the same articles as this one, the most shared articles first (ties by name);"
            + " with `distinctStories: true`, `sharedArticles` counts shared stories (a near-duplicate counts as its original's"
            + " story). NOT_FOUND for an unknown organization." + FIRST)
    @ListSize(max = PageRequest.MAX_SIZE)
    public List<@NonNull CoMention> coMentions(
            @NonNull @Id @Name("organizationId") @Description("The organization.") String organizationId,
            @Name("first") @Description("Maximum number of organizations; 20 by default, at most 100.") Integer first,
            @Name("distinctStories") @DefaultValue("false") @Description(Stories.ARGUMENT) Boolean distinctStories) {
        return analytics.coMentions(GlobalId.rowId(organizationId, NodeType.ORGANIZATION), first, Stories.asked(distinctStories));
    }

    @Query("trendingOrganizations")
    @NonNull
    @Description("Organizations whose mention rate rose most in the last `days` compared with the `baselineDays` before."
            + " Mentions are counted as articles naming the organization. Score: ((recent + 1) / days) / ((baseline + 1)"
            + " / baselineDays), the +1 smoothing keeping a first mention from scoring infinitely; only organizations"
            + " mentioned in the recent window are listed, highest score first (ties: more recent articles, then name)."
            + " With `distinctStories: true` the windows count stories instead of articles (a near-duplicate counts as its"
            + " original's story; a story with articles in both windows counts in each)."
            + " The windows end at `asOf`, by default at the newest article's publication time (so an archive that"
            + " stopped in the past still shows what was rising at its end): recent is (end - days, end], baseline is"
            + " the baselineDays before it." + FIRST)
    @ListSize(max = PageRequest.MAX_SIZE)
    public List<@NonNull Trending> trendingOrganizations(
            @Name("days") @DefaultValue("7") @Description("Length of the recent window in days (1 to 3650).") Integer days,
            @Name("baselineDays") @DefaultValue("30") @Description("Length of the baseline window in days (1 to 3650).") Integer baselineDays,
            @Name("first") @Description("Maximum number of organizations; 20 by default, at most 100.") Integer first,
            @Name("asOf") @Description("End of the recent window; the newest article's publication time if left out.") OffsetDateTime asOf,
            @Name("distinctStories") @DefaultValue("false") @Description(Stories.ARGUMENT) Boolean distinctStories) {
        return analytics.trending(days == null ? 7 : days, baselineDays == null ? 30 : baselineDays, first, asOf,
                Stories.asked(distinctStories));
    }
}
