package dev.newsgraph.analytics;

/**
 * Counting each story once (the `distinctStories` argument): a near-duplicate counts as its original's
 * story, so a story is the value of {@code coalesce(duplicateOfId, id)}; counted in the database.
 */
final class Stories {

    /** The argument's description, the same on every field that takes it. */
    static final String ARGUMENT = "Count each story once: a near-duplicate (`Article.duplicateOf`) counts as its"
            + " original's story. False by default: every article counts.";

    private Stories() {
    }

    /** The story of article alias {@code a} (JPQL). */
    static String of(String a) {
        return "coalesce(" + a + ".duplicateOfId, " + a + ".id)";
    }

    /** The JPQL aggregate counting the rows of article alias {@code a}: articles, or their distinct stories. */
    static String count(String a, boolean distinctStories) {
        return distinctStories ? "count(distinct " + of(a) + ")" : "count(" + a + ")";
    }

    /** Whether an argument asks for stories; left out or null means articles. */
    static boolean asked(Boolean distinctStories) {
        return Boolean.TRUE.equals(distinctStories);
    }
}
