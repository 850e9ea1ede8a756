package dev.newsgraph.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks paging arguments against the configured page size; every list with `first` goes through it. */
@ApplicationScoped
public class Paging {

    @Inject
    LimitsConfig limits;

    /** A connection page, forward ({@code first}/{@code after}) or backward ({@code last}/{@code before}). */
    public PageRequest request(Integer first, String after, Integer last, String before) {
        return PageRequest.of(first, after, last, before, limits.pageSize());
    }

    /** A page of a connection that only pages forward (the nested ones). */
    public PageRequest forward(Integer first, String after) {
        return request(first, after, null, null);
    }

    /** The size of a plain list with a `first` argument: 20 by default, within the same limit as pages. */
    public int listSize(Integer first) {
        return forward(first, null).size();
    }
}
