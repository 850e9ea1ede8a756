package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Sort direction.")
public enum SortDirection {
    @Description("Ascending: smallest, oldest or A first.")
    ASC,
    @Description("Descending: largest, newest or Z first.")
    DESC;

    SortDirection reversed() {
        return this == ASC ? DESC : ASC;
    }
}
