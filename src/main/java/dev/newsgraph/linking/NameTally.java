package dev.newsgraph.linking;

import java.util.List;
import java.util.Set;

/** Running totals for one case-insensitive name over its sightings, and the evidence they make for SuggestionModel. */
final class NameTally {
    final CandidatePhrases.Candidate first;
    int count;
    boolean organizational;
    boolean seenMidSentence;
    boolean overlapsKnownName;
    NameContext.Cues cues = NameContext.Cues.NONE;
    boolean givenName = true;
    boolean coordinatedWithOrganization; // "Biren Technology and Moore Threads"
    boolean onlyAfterIn = true; // "a warehouse in Bessemer", "workers in Bessemer": where, not who
    int bodySightings;
    boolean verbLikeAfter; // "Target has set a limit": a lower-case word with a verb's ending follows
    boolean prepositionBefore; // "led by Morgan Stanley", "talks with Tarlow"
    int sentenceStarts;
    boolean alwaysPossessive = true; // "Moody's later cut": the 's is part of the name
    boolean possessiveSubject; // the 's is followed by a verb, not by what the name owns ("Kroger's takeover")
    boolean capitalTheMidSentence; // "also owns The Sun": the "The" is part of the title
    boolean lowerTheBefore; // "the Sun" somewhere: the "the" is an article

    NameTally(CandidatePhrases.Candidate first) {
        this.first = first;
    }

    /** Adds one sighting in the body, with the cues around it. */
    void add(CandidatePhrases.Candidate candidate, NameContext.Cues cues, String body, List<WordTokenizer.Word> words) {
        count++;
        bodySightings++;
        sentenceStarts += candidate.atSentenceStart() ? 1 : 0;
        WordTokenizer.Word lastWord = candidate.words().get(candidate.words().size() - 1);
        alwaysPossessive &= lastWord.possessive();
        possessiveSubject |= lastWord.possessive() && speaksAfterPossessive(words, candidate.last());
        organizational |= candidate.organizational();
        seenMidSentence |= !candidate.atSentenceStart();
        this.cues = this.cues.or(cues);
        givenName &= startsWithGivenName(candidate, cues);
        onlyAfterIn &= candidate.first() > 0 && words.get(candidate.first() - 1).text().equals("in");
        verbLikeAfter |= verbLikeAfter(body, words, candidate.last());
        prepositionBefore |= candidate.first() > 0 && PREPOSITIONS.contains(words.get(candidate.first() - 1).text())
                && spaceBetween(body, words.get(candidate.first() - 1), words.get(candidate.first()));
        if (candidate.person()) {
            this.cues = this.cues.or(NameContext.Cues.PERSON);
        }
        if (candidate.first() > 0 && spaceBetween(body, words.get(candidate.first() - 1), words.get(candidate.first()))) {
            String before = words.get(candidate.first() - 1).text();
            lowerTheBefore |= before.equals("the");
            capitalTheMidSentence |= before.equals("The") && midSentence(body, words.get(candidate.first() - 1).start());
        }
    }

    /** The text before {@code at} goes on a sentence: a word or a comma, not a period, a quote or a new line. */
    private static boolean midSentence(String body, int at) {
        int i = at - 1;
        while (i >= 0 && body.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == ',');
    }

    /**
     * The name as first written; with its 's when every sighting in the body has one ("Moody's", "Standard &
     * Poor's": a name, not a possessive of another one the text also has on its own); with a capitalised "The"
     * written before it mid-sentence, and never a lower-case one ("owns The Sun"); with the period of a closing
     * designator ("Hanjin Shipping Co.").
     */
    String name(String body) {
        String name = first.name();
        if (keepsPossessive()) {
            return name + body.substring(first.end(), first.end() + 2);
        }
        if (capitalTheMidSentence && !lowerTheBefore) {
            name = "The " + name; // "The Times", as the text writes it
        }
        List<WordTokenizer.Word> words = first.words();
        boolean designator = OrganizationForms.DESIGNATORS.contains(words.get(words.size() - 1).text());
        return designator && body.startsWith(".", first.end()) ? name + "." : name; // "Hanjin Shipping Co."
    }

    private boolean keepsPossessive() {
        return alwaysPossessive && bodySightings > 0
                && (possessiveSubject || NameLexicon.isWellKnown(WordShapes.key(first.name()) + "'s"));
    }

    /** "Moody's later cut", "Macy's said": a verb (past fillers) follows the 's, so the 's belongs to the name. */
    private static boolean speaksAfterPossessive(List<WordTokenizer.Word> words, int last) {
        int next = last + 1;
        while (next < words.size() && next <= last + 3 && NameLexicon.VERB_FILLERS.contains(words.get(next).text())) {
            next++;
        }
        if (next >= words.size()) {
            return false;
        }
        String word = words.get(next).text();
        return !word.equals("shares") && !word.equals("stock")
                && (NameLexicon.SPEECH_VERBS.contains(word) || NameLexicon.CORPORATE_VERBS.contains(word));
    }

    boolean person() {
        return !organizational && (cues.person() || givenName && !cues.organization());
    }

    /** The name's evidence as the numbers SuggestionModel weighs, in the order of SuggestionModel.FEATURES. */
    double[] features(Set<String> personWords, Set<String> lowerCaseWords, Set<String> lastWordsOfNames) {
        String key = WordShapes.key(first.name());
        boolean single = first.singleWord();
        List<WordTokenizer.Word> words = first.words();
        boolean place = NameLexicon.NOT_ORGANIZATIONS.contains(key)
                || NameLexicon.PLACE_ENDINGS.contains(words.get(words.size() - 1).text()) && !namedAfterRegion(words)
                || !single && NameLexicon.PLACE_OPENINGS.contains(words.get(0).text());
        boolean coordinated = first.groupFirst() != first.first() || first.groupLast() != first.last();
        boolean pluralOpener = single && !seenMidSentence && key.endsWith("s") && !coordinated;
        return new double[] {
            1,
            bit(organizational),
            bit(cues.organization()),
            bit(cues.person()),
            bit(givenName),
            bit(cues.corporateVerb()),
            bit(cues.speechVerb()),
            bit(single && cues.speechVerb()),
            bit(cues.itsAfterVerb()),
            bit(cues.product()),
            bit(cues.theBefore()),
            bit(!single && cues.theBefore() && seenMidSentence),
            bit(single),
            bit(words.size() >= 3),
            bit(single && WordShapes.isAcronym(words.get(0))),
            bit(single && WordShapes.hasInnerCapital(words.get(0)) || WordShapes.isAmpersandInitials(words.get(0))),
            StrictMath.log(count),
            bit(count >= 2 && seenMidSentence),
            bodySightings == 0 ? 0 : (double) sentenceStarts / bodySightings,
            bit(single && lowerCaseWords.contains(key)),
            bit(place),
            bit(single && personWords.contains(key)),
            bit(single && isCueWord(key)),
            bit(single && NameLexicon.FIRST_NAMES.contains(key)),
            bit(coordinated),
            bit(coordinatedWithOrganization),
            bit(pluralOpener),
            bit(single && onlyAfterIn),
            bit(single && lastWordsOfNames.contains(key)),
            bit(count > bodySightings),
            bit(verbLikeAfter),
            bit(prepositionBefore),
            bit(words.size() == 2),
            bit(first.name().chars().anyMatch(Character::isDigit)),
            bit(NameLexicon.isWellKnown(key)
                    || keepsPossessive() && NameLexicon.isWellKnown(key + "'s")),
            bit(!single && OrganizationForms.TRADE_WORDS.contains(words.get(words.size() - 1).text())),
        };
    }

    private static final Set<String> PREPOSITIONS = Set.of("at", "of", "from", "by", "with", "for", "against", "to");
    private static final Set<String> NOT_VERBS = Set.of("this", "has", "was", "is", "its", "as", "us", "his", "hers",
            "yours", "ours", "theirs", "less", "unless", "thus", "plus", "whereas", "needed", "indeed", "red", "bed");

    /** The first lower-case word after the name, past fillers ("has", "also"), ends like a finite verb: -ed, -s. */
    private static boolean verbLikeAfter(String text, List<WordTokenizer.Word> words, int last) {
        int next = last + 1;
        while (next < words.size() && next <= last + 3 && NameLexicon.VERB_FILLERS.contains(words.get(next).text())
                && spaceBetween(text, words.get(next - 1), words.get(next))) {
            next++;
        }
        if (next >= words.size() || !spaceBetween(text, words.get(next - 1), words.get(next))
                || WordShapes.isCapitalised(words.get(next))) {
            return false;
        }
        String word = words.get(next).text();
        return word.length() > 3 && !NOT_VERBS.contains(word) && !word.endsWith("ss") && !word.endsWith("ly")
                && (word.endsWith("ed") || word.endsWith("s"));
    }

    private static boolean spaceBetween(String text, WordTokenizer.Word left, WordTokenizer.Word right) {
        int from = left.end() + (left.possessive() ? 2 : 0);
        return from < right.start() && text.substring(from, right.start()).isBlank();
    }

    private static double bit(boolean value) {
        return value ? 1 : 0;
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

    /** "George Kurtz", but not "the Paddy Power brand" nor "Ben & Jerry": a given name, then a surname. */
    private static boolean startsWithGivenName(CandidatePhrases.Candidate candidate, NameContext.Cues cues) {
        List<WordTokenizer.Word> words = candidate.words();
        return words.size() >= 2 && !cues.theBefore()
                && NameLexicon.FIRST_NAMES.contains(WordShapes.key(words.get(0).text()))
                && WordShapes.isCapitalised(words.get(1))
                && !OrganizationForms.ENDINGS.contains(words.get(words.size() - 1).text());
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
}
