package dev.newsgraph.graphql;

/** The Relay paging arguments, checked: one direction, a size within the limit, a decoded cursor. */
public record PageRequest(int size, boolean backward, Cursor cursor) {

    public static final int DEFAULT_SIZE = 20;

    /** The most items of a page unless NEWSGRAPH_LIMITS_PAGE_SIZE says otherwise; lists with `first` declare it as their bound. */
    public static final int MAX_SIZE = 100;

    /** @param max the most items a page may hold (see {@link Paging}, which reads it from the configuration) */
    public static PageRequest of(Integer first, String after, Integer last, String before, int max) {
        if (first != null && last != null) {
            throw ApiException.validation("last", "give either `first` or `last`, not both");
        }
        if (after != null && before != null) {
            throw ApiException.validation("before", "give either `after` or `before`, not both");
        }
        boolean backward = last != null || (first == null && before != null);
        Integer requested = backward ? last : first;
        String argument = backward ? "last" : "first";
        if (requested != null && requested < 0) {
            throw ApiException.validation(argument, "must not be negative");
        }
        if (requested != null && requested > max) {
            throw ApiException.limitExceeded("pageSize", max,
                    "`" + argument + "` is " + requested + " but a page holds at most " + max + " items");
        }
        int size = requested == null ? Math.min(DEFAULT_SIZE, max) : requested;
        Cursor cursor = backward
                ? (before == null ? null : Cursor.decode(before, "before"))
                : (after == null ? null : Cursor.decode(after, "after"));
        return new PageRequest(size, backward, cursor);
    }
}
