package dev.newsgraph.organization;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of body an organization is.")
public enum OrganizationKind {
    @Description("A business.")
    COMPANY,
    @Description("A ministry, department, regulator or other public authority.")
    GOVERNMENT_AGENCY,
    @Description("A news outlet, publisher or broadcaster.")
    MEDIA,
    @Description("A non-governmental, non-profit organization.")
    NGO,
    @Description("Any other kind of body.")
    OTHER
}
