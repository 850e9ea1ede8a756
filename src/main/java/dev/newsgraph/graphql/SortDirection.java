package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Sort direction.")
public enum SortDirection {
    ASC,
    DESC;

    SortDirection reversed() {
        return this == ASC ? DESC : ASC;
    }
}
