package dev.newsgraph.analytics;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.organization.Organization;

@Type("CoMention")
@Description("Another organization named in the same articles as the one asked about.")
public class CoMention {

    @NonNull
    @Description("The other organization.")
    public Organization organization;

    @NonNull
    @Description("Number of articles that mention both (stories, with `distinctStories`).")
    public int sharedArticles;

    public CoMention() {
    }

    CoMention(Organization organization, int sharedArticles) {
        this.organization = organization;
        this.sharedArticles = sharedArticles;
    }
}
