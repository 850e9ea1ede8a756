package dev.newsgraph.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.organization.Organization;

@Type("Trending")
@Description("An organization mentioned more often lately than before, with the counts behind its score.")
public class Trending {

    @NonNull
    @Description("The organization.")
    public Organization organization;

    @NonNull
    @Description("Rise of its mention rate: ((recentArticles + 1) / days) / ((baselineArticles + 1) / baselineDays); above 1 means rising.")
    public double score;

    @NonNull
    @Description("Articles mentioning it in the recent window (stories, with `distinctStories`).")
    public int recentArticles;

    @NonNull
    @Description("Articles mentioning it in the baseline window just before (stories, with `distinctStories`).")
    public int baselineArticles;

    public Trending() {
    }

    Trending(Organization organization, double score, int recentArticles, int baselineArticles) {
        this.organization = organization;
        this.score = score;
        this.recentArticles = recentArticles;
        this.baselineArticles = baselineArticles;
    }
}
