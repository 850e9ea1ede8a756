package dev.newsgraph.analytics;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SeriesPoint")
@Description("One bucket of a time series: articles that mention the organization, and how often they name it.")
public class SeriesPoint {

    @NonNull
    @Description("The first day of the bucket (UTC).")
    public LocalDate start;

    @NonNull
    @Description("Articles published in the bucket that mention the organization.")
    public int articles;

    @NonNull
    @Description("Times those articles name the organization.")
    public int mentions;

    public SeriesPoint(LocalDate start, int articles, int mentions) {
        this.start = start;
        this.articles = articles;
        this.mentions = mentions;
    }
}
