package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page sits in the whole list (Relay cursor connections).")
public class PageInfo {

    @NonNull
    @Description("More items follow `endCursor` (when paging forward, exact; when paging backward, true if `before` was given).")
    public boolean hasNextPage;

    @NonNull
    @Description("Items precede `startCursor` (when paging backward, exact; when paging forward, true if `after` was given).")
    public boolean hasPreviousPage;

    @Description("Cursor of the first item of the page; null when the page is empty.")
    public String startCursor;

    @Description("Cursor of the last item of the page; null when the page is empty.")
    public String endCursor;

    public PageInfo() {
    }

    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }
}
