package dev.newsgraph.organization;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of body an organization is.")
public enum OrganizationKind {
    COMPANY,
    GOVERNMENT_AGENCY,
    MEDIA,
    NGO,
    OTHER
}
