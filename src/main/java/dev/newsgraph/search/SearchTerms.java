package dev.newsgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsgraph.graphql.ApiException;

/**
 * A search text parsed into folded terms that must all match: a double-quoted phrase is one term,
 * every other word is one term. A term matches where a word starts with it (so "ban" finds "bans"),
 * and a phrase's words must follow each other.
 */
public record SearchTerms(List<String> terms) {

    static final int MAX_LENGTH = 200;
    static final int MAX_TERMS = 10;

    /** A quoted phrase (the closing quote may be missing at the end), or a run of non-space characters. */
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");

    public static SearchTerms parse(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.validation("text", "must not be empty or only spaces");
        }
        if (text.length() > MAX_LENGTH) {
            throw ApiException.validation("text", "must be at most " + MAX_LENGTH + " characters");
        }
        List<String> terms = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String raw = token.group(1) != null ? token.group(1) : token.group(2);
            // A word such as "U.S." folds to several words; they are kept together like a phrase.
            String folded = SearchText.fold(raw).strip();
            if (!folded.isEmpty() && !terms.contains(folded)) {
                terms.add(folded);
            }
        }
        if (terms.isEmpty()) {
            throw ApiException.validation("text", "must contain a letter or a digit");
        }
        if (terms.size() > MAX_TERMS) {
            throw ApiException.validation("text", "must contain at most " + MAX_TERMS + " words or phrases");
        }
        return new SearchTerms(List.copyOf(terms));
    }

    /** LIKE pattern for a term: it starts a word somewhere in folded text. */
    String pattern(int index) {
        return "% " + terms.get(index) + "%";
    }

    /** The folded text an exactly matching name has: all terms in order. */
    String exact() {
        return " " + String.join(" ", terms) + " ";
    }
}
