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
 * (the title, often in headline case, only adds to the counts of names the body has). A name qualifies by
 * its form (an organizational word: Lab, Department, Inc, ...; inner capitals: CrowdStrike), by what the
 * words around it say (NameContext: "firm X", "analyst at X", "X, a ... company", "X shares"), by being a
 * multi-word subject of a verb such as "said", or by occurring twice, once not at a sentence start.
 * People (a given name, a title, "said X", "X, who") and places never qualify; see docs/suggestions.md.
 */
public final class SuggestionFinder {

    /** Running totals for one case-insensitive name. */
    private static final class Tally {
        final CandidatePhrases.Candidate first;
        int count;
        boolean organizational;
        boolean seenMidSentence;
        boolean overlapsKnownName;
        NameContext.Cues cues = NameContext.Cues.NONE;
        boolean givenName = true;
        boolean coordinatedWithOrganization; // "Biren Technology and Moore Threads"
        boolean onlyAfterIn = true; // "a warehouse in Bessemer", "workers in Bessemer": where, not who

        Tally(CandidatePhrases.Candidate first) {
            this.first = first;
        }

        boolean person() {
            return !organizational && (cues.person() || givenName && !cues.organization());
        }

        boolean qualifies(Set<String> personWords, Set<String> lowerCaseWords, Set<String> lastWordsOfNames) {
            String key = WordShapes.key(first.name());
            boolean single = first.singleWord();
            List<WordTokenizer.Word> words = first.words();
            boolean place = NameLexicon.NOT_ORGANIZATIONS.contains(key)
                    || !organizational && NameLexicon.PLACE_ENDINGS.contains(words.get(words.size() - 1).text())
                    && !namedAfterRegion(words)
                    || !organizational && !single && NameLexicon.PLACE_OPENINGS.contains(words.get(0).text());
            if (overlapsKnownName || place || person()
                    || single && (personWords.contains(key) || isCueWord(key))) {
                return false;
            }
            // CrowdStrike; "C&S Wholesale Grocers", "AT&T": initials joined by an ampersand
            boolean brand = single && WordShapes.hasInnerCapital(words.get(0)) || WordShapes.isAmpersandInitials(words.get(0));
            // "LNER", "ASML": an acronym that is not a place nor a common abbreviation (not-organizations.txt)
            boolean acronym = single && WordShapes.isAcronym(words.get(0));
            // "Regulators listed ...": a plural common noun opening a sentence looks like a subject too
            // ... unless another name stands beside it: "Barclays and Goldman Sachs advised"
            boolean coordinated = first.groupFirst() != first.first() || first.groupLast() != first.last();
            boolean pluralOpener = single && !seenMidSentence && key.endsWith("s") && !coordinated;
            if (organizational || cues.organization()) {
                return true;
            }
            if (cues.product()) {
                return false; // "its App Store", "PlayStation console": a thing an organization has or makes
            }
            if (brand || acronym || cues.corporateVerb() && !pluralOpener || cues.itsAfterVerb()) {
                return true;
            }
            if (single && onlyAfterIn) {
                return false; // seen only after "in", with nothing else for it: a place the lists lack
            }
            boolean repeated = count >= 2 && seenMidSentence && !(single && lowerCaseWords.contains(key));
            // "CVS Health and Walgreens said": a name coordinated with another is as good as a multi-word one
            boolean multiWordOrCoordinated = !single || coordinated;
            // "Eurostar said": one word will do, unless it ends a longer name ("Shari Redstone ... Redstone said")
            boolean speaks = cues.speechVerb() && !pluralOpener && (multiWordOrCoordinated || !lastWordsOfNames.contains(key));
            // "Tesla, Ford Motor Co and Volkswagen AG": a name listed with one of organizational form
            return repeated || speaks || !single && cues.theBefore() && seenMidSentence || coordinatedWithOrganization;
        }
    }

    private static final Set<String> DIRECTIONS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western");

    /**
     * "Avanti West Coast": a word before a region ("West Coast") names something else than a place; "the
     * Gold Coast", "South China Sea" and "Grand Central Station" stay places.
     */
    private static boolean namedAfterRegion(List<WordTokenizer.Word> words) {
        return words.size() >= 3 && !DIRECTIONS.contains(words.get(0).text())
                && !NameLexicon.NOT_ORGANIZATIONS.contains(WordShapes.key(words.get(0).text()))
                && DIRECTIONS.contains(words.get(1).text());
    }

    /** Unknown organization-like names in title and body, most frequent first, then alphabetical. */
    public List<Suggestion> find(String title, String body, Gazetteer known) {
        Objects.requireNonNull(known, "known");
        return find(known.scan(title, body));
    }

    /** The same, for a text the gazetteer has already scanned for known names. */
    public List<Suggestion> find(Gazetteer.Scan scan) {
        String body = scan.body();
        List<WordTokenizer.Word> words = WordTokenizer.words(body);
        NameContext context = new NameContext(body, words);
        List<MatchSpan> knownSpans = scan.bodySpans();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        int firstUnpassedSpan = 0; // candidates and spans both come in text order
        List<CandidatePhrases.Candidate> candidates = CandidatePhrases.candidates(body, words, scan.bodySentences());
        for (CandidatePhrases.Candidate candidate : candidates) {
            Tally tally = tallies.computeIfAbsent(WordShapes.key(candidate.name()), key -> new Tally(candidate));
            tally.count++;
            tally.organizational |= candidate.organizational();
            tally.seenMidSentence |= !candidate.atSentenceStart();
            NameContext.Cues cues = context.of(candidate);
            tally.cues = tally.cues.or(cues);
            tally.givenName &= startsWithGivenName(candidate, cues);
            tally.onlyAfterIn &= candidate.first() > 0 && words.get(candidate.first() - 1).text().equals("in");
            if (candidate.person()) {
                tally.cues = tally.cues.or(NameContext.Cues.PERSON);
            }
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
        List<Suggestion> suggestions = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            if (tally.qualifies(personWords, lowerCaseWords, lastWordsOfNames)) {
                suggestions.add(new Suggestion(tally.first.name(), tally.count));
            }
        });
        suggestions.sort(Comparator.comparingInt(Suggestion::count).reversed()
                .thenComparing(Suggestion::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Suggestion::name));
        return List.copyOf(suggestions);
    }

    /** A name sharing an "and" group or a list with a name of organizational form is taken for an organization too. */
    private static void markCoordinatedWithOrganizations(List<CandidatePhrases.Candidate> candidates,
                                                         List<WordTokenizer.Word> words, Map<String, Tally> tallies) {
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

    /** "George Kurtz", but not "the Paddy Power brand" nor "Ben & Jerry": a given name, then a surname. */
    private static boolean startsWithGivenName(CandidatePhrases.Candidate candidate, NameContext.Cues cues) {
        List<WordTokenizer.Word> words = candidate.words();
        return words.size() >= 2 && !cues.theBefore()
                && NameLexicon.FIRST_NAMES.contains(WordShapes.key(words.get(0).text()))
                && WordShapes.isCapitalised(words.get(1))
                && !OrganizationForms.ENDINGS.contains(words.get(words.size() - 1).text());
    }

    /** The surnames of the people found: "Kurtz said" after "George Kurtz" is the same person. */
    private static Set<String> personWords(Map<String, Tally> tallies) {
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
    private static Set<String> lastWordsOfNames(Map<String, Tally> tallies) {
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

    /** Capitalised common nouns of the cue lists ("Analysts", "Shares") are not names on their own. */
    private static boolean isCueWord(String key) {
        String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
        return isCueNoun(key) || isCueNoun(singular);
    }

    private static boolean isCueNoun(String word) {
        return NameLexicon.ROLE_NOUNS.contains(word) || NameLexicon.ORGANIZATION_NOUNS.contains(word)
                || NameLexicon.BELONGING_NOUNS.contains(word) || NameLexicon.CORPORATE_VERBS.contains(word);
    }

    /** Adds the title's whole-word sightings of the body's names, longest first, outside known names. */
    private static void countInTitle(Gazetteer.Scan scan, Map<String, Tally> tallies) {
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
        List<Tally> longestFirst = new ArrayList<>(tallies.values());
        longestFirst.sort(Comparator.comparingInt((Tally t) -> t.first.name().length()).reversed());
        for (Tally tally : longestFirst) {
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
