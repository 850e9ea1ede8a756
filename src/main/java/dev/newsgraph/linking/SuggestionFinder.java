package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Proposes organization names that the gazetteer does not know yet, from the body's capitalised phrases
 * (the title, often in headline case, only adds to the counts of names the body has). Each name's evidence
 * (NameTally: its form, the cues NameContext reads around its sightings, how often and where it occurs) is
 * weighed by a learnt model (SuggestionModel: a logistic regression trained on the labelled tuning articles);
 * a known name is never proposed. See docs/suggestions.md.
 */
public final class SuggestionFinder {

    /** Unknown organization-like names in title and body, most frequent first, then alphabetical. */
    public List<Suggestion> find(String title, String body, Gazetteer known) {
        Objects.requireNonNull(known, "known");
        return find(known.scan(title, body));
    }

    /** One name of a text outside known names, with the evidence the model weighs. */
    record NameEvidence(String name, int count, double[] features) {
    }

    private final SuggestionModel model;

    /** Decides with the learnt model of linking/suggestion-model.txt. */
    public SuggestionFinder() {
        this(SuggestionModel.trained());
    }

    SuggestionFinder(SuggestionModel model) {
        this.model = model;
    }

    /**
     * The same, for a text the gazetteer has already scanned for known names: at most
     * ArticleSuggestion.MAX_PER_ARTICLE, the most probable organizations, then ordered by frequency.
     */
    public List<Suggestion> find(Gazetteer.Scan scan) {
        List<NameEvidence> accepted = new ArrayList<>();
        for (NameEvidence name : evidence(scan)) {
            if (model.accepts(name.features())) {
                accepted.add(name);
            }
        }
        if (accepted.size() > ArticleSuggestion.MAX_PER_ARTICLE) {
            // a stable sort: equally probable names keep the text's order
            accepted.sort(Comparator.comparingDouble((NameEvidence name) -> model.probability(name.features())).reversed());
            accepted = accepted.subList(0, ArticleSuggestion.MAX_PER_ARTICLE);
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (NameEvidence name : accepted) {
            suggestions.add(new Suggestion(name.name(), name.count()));
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::count).reversed()
                .thenComparing(Suggestion::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Suggestion::name));
        return List.copyOf(suggestions);
    }

    /** The names of a text in order of first sighting, known names left out. */
    List<NameEvidence> evidence(Gazetteer.Scan scan) {
        String body = scan.body();
        List<WordTokenizer.Word> words = WordTokenizer.words(body);
        NameContext context = new NameContext(body, words);
        List<MatchSpan> knownSpans = scan.bodySpans();
        Map<String, NameTally> tallies = new LinkedHashMap<>();
        int firstUnpassedSpan = 0; // candidates and spans both come in text order
        List<CandidatePhrases.Candidate> candidates = CandidatePhrases.candidates(body, words, scan.bodySentences());
        for (CandidatePhrases.Candidate candidate : candidates) {
            NameTally tally = tallies.computeIfAbsent(WordShapes.key(candidate.name()), key -> new NameTally(candidate));
            tally.add(candidate, context.of(candidate), body, words);
            while (firstUnpassedSpan < knownSpans.size() && knownSpans.get(firstUnpassedSpan).end() <= candidate.start()) {
                firstUnpassedSpan++;
            }
            tally.overlapsKnownName |= firstUnpassedSpan < knownSpans.size()
                    && knownSpans.get(firstUnpassedSpan).overlaps(candidate.start(), candidate.end());
        }
        markCoordinatedWithOrganizations(candidates, words, tallies);
        countInTitle(scan, tallies);
        Set<String> personWords = personWords(tallies);
        Set<String> lowerCaseWords = lowerCaseWords(words);
        Set<String> lastWordsOfNames = lastWordsOfNames(tallies);
        List<NameEvidence> names = new ArrayList<>();
        for (NameTally tally : tallies.values()) {
            if (!tally.overlapsKnownName) { // a known name is a mention, never a suggestion
                names.add(new NameEvidence(tally.name(body), tally.count,
                        tally.features(personWords, lowerCaseWords, lastWordsOfNames)));
            }
        }
        return names;
    }

    /** A name sharing an "and" group or a list with a name of organizational form is taken for an organization too. */
    private static void markCoordinatedWithOrganizations(List<CandidatePhrases.Candidate> candidates,
                                                         List<WordTokenizer.Word> words, Map<String, NameTally> tallies) {
        Map<Long, Integer> organizationalPerGroup = new HashMap<>(); // grouped in one pass: bodies may be long
        for (CandidatePhrases.Candidate candidate : candidates) {
            if (candidate.organizational()) {
                organizationalPerGroup.merge(groupKey(candidate), 1, Integer::sum);
            }
        }
        for (CandidatePhrases.Candidate candidate : candidates) {
            boolean grouped = candidate.groupFirst() != candidate.first() || candidate.groupLast() != candidate.last();
            // a single word only if not after "the": "the Retail, Wholesale and Department Store Union" is one name
            boolean plainWord = candidate.singleWord() && !WordShapes.isAcronym(candidate.words().get(0));
            boolean afterThe = candidate.first() > 0 && words.get(candidate.first() - 1).text().equalsIgnoreCase("the");
            if (grouped && !candidate.organizational() && !candidate.person() && !(plainWord && afterThe)
                    && organizationalPerGroup.getOrDefault(groupKey(candidate), 0) > 0) {
                tallies.get(WordShapes.key(candidate.name())).coordinatedWithOrganization = true;
            }
        }
    }

    private static long groupKey(CandidatePhrases.Candidate candidate) {
        return ((long) candidate.groupFirst() << 32) | candidate.groupLast();
    }

    /** The surnames of the people found: "Kurtz said" after "George Kurtz" is the same person. */
    private static Set<String> personWords(Map<String, NameTally> tallies) {
        Set<String> words = new HashSet<>();
        tallies.values().forEach(tally -> {
            List<WordTokenizer.Word> name = tally.first.words();
            if (tally.person() && name.size() >= 2) {
                words.add(WordShapes.key(name.get(name.size() - 1).text()));
            }
        });
        return words;
    }

    /** The last words of the multi-word names not of organizational form: surnames, among others. */
    private static Set<String> lastWordsOfNames(Map<String, NameTally> tallies) {
        Set<String> words = new HashSet<>();
        tallies.values().forEach(tally -> {
            List<WordTokenizer.Word> name = tally.first.words();
            if (!tally.organizational && name.size() >= 2) {
                words.add(WordShapes.key(name.get(name.size() - 1).text()));
            }
        });
        return words;
    }

    private static Set<String> lowerCaseWords(List<WordTokenizer.Word> words) {
        Set<String> lower = new HashSet<>();
        for (WordTokenizer.Word word : words) {
            if (Character.isLowerCase(word.text().codePointAt(0))) {
                lower.add(word.text());
            }
        }
        return lower;
    }

    /** Adds the title's whole-word sightings of the body's names, longest first, outside known names. */
    private static void countInTitle(Gazetteer.Scan scan, Map<String, NameTally> tallies) {
        String title = scan.title();
        if (title.isBlank()) {
            return;
        }
        boolean[] taken = new boolean[title.length()];
        for (MatchSpan span : scan.titleSpans()) {
            for (int i = span.start(); i < span.end(); i++) {
                taken[i] = true;
            }
        }
        List<NameTally> longestFirst = new ArrayList<>(tallies.values());
        longestFirst.sort(Comparator.comparingInt((NameTally t) -> t.first.name().length()).reversed());
        for (NameTally tally : longestFirst) {
            String name = tally.first.name();
            for (int at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (isWordBoundary(title, at - 1) && isWordBoundary(title, end) && !anyTaken(taken, at, end)) {
                    java.util.Arrays.fill(taken, at, end, true);
                    tally.count++;
                }
            }
        }
    }

    private static boolean isWordBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
