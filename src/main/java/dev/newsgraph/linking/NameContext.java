package dev.newsgraph.linking;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the words around one candidate name for evidence of what it names: a person ("chief executive
 * George Kurtz", "said Maria Lopez", "Andrew Witty, who"), an organization ("firm CrowdStrike", "analyst
 * at Jefferies", "Deezer, a streaming service", "Nasdaq exchange", "Arm, which"), the verb it is the
 * subject of, or a product ("its App Store").
 */
final class NameContext {

    /**
     * What the words around one sighting say; {@code itsAfterVerb}: what follows the verb opens with "its"
     * ("Eurostar said its trains", "Danone has been reshaping its portfolio") or, after a speech verb, "it"
     * ("Kroger said it was disappointed"): the name is a thing, not a person.
     */
    record Cues(boolean person, boolean organization, boolean corporateVerb, boolean speechVerb, boolean product,
                boolean theBefore, boolean itsAfterVerb) {
        static final Cues NONE = new Cues(false, false, false, false, false, false, false);
        static final Cues PERSON = new Cues(true, false, false, false, false, false, false);
        static final Cues ORGANIZATION = new Cues(false, true, false, false, false, false, false);
        static final Cues PRODUCT = new Cues(false, false, false, false, true, false, false);

        Cues or(Cues other) {
            return new Cues(person || other.person, organization || other.organization,
                    corporateVerb || other.corporateVerb, speechVerb || other.speechVerb, product || other.product,
                    theBefore || other.theBefore, itsAfterVerb || other.itsAfterVerb);
        }
    }

    private static final Cues NONE = Cues.NONE;
    private static final int APPOSITION_WORDS = 8;
    private static final Set<String> PREPOSITIONS = Set.of("at", "of", "for", "from");
    private static final Set<String> BUSINESS_VERBS = Set.of("acquire", "acquired", "acquires", "acquiring", "buy",
            "buys", "bought", "sue", "sued", "suing");
    private static final Set<String> BUSINESS_PHRASES = Set.of("merged with", "merge with", "merging with",
            "partnered with", "partnership with", "stake in", "invested in", "investment in", "owned by", "backed by",
            "rivalry with");
    private static final Set<String> FORMS_OF_BE = Set.of("is", "was", "were", "are", "been");
    private static final Set<String> NOT_VERBS = Set.of("and", "or", "but", "of", "in", "on", "at", "for", "to",
            "with", "by", "from", "as", "into", "over", "under", "than", "about", "after", "before", "within", "without");
    private static final Set<String> APPOSITION_OPENINGS = Set.of("a", "an", "the", "its", "their", "his", "her",
            "one", "two", "three", "both");
    /** Plural nouns that, in an apposition ("Apple and Nvidia, two of its biggest customers"), mean companies. */
    private static final Set<String> BUSINESS_PLURALS = Set.of("customers", "clients", "suppliers", "competitors",
            "rivals", "partners", "lines");
    /** Nouns for things organizations make: in an apposition ("MOVEit Transfer, a file-sharing program"), a product. */
    private static final Set<String> PRODUCT_NOUNS = Set.of("program", "programme", "software", "app", "application",
            "console", "game", "games", "drug", "medicine", "vaccine", "device", "phone", "smartphone", "browser",
            "chatbot", "model", "jet", "aircraft", "vehicle", "car", "truck", "film", "show", "series", "tool", "product",
            "token", "jets", "vehicles", "cars", "trucks", "phones", "consoles", "products", "tokens", "drugs");
    private static final Set<String> NOUNS_AFTER_A_NAME = Set.of("exchange", "union", "gang", "bank", "airline",
            "carrier", "agency", "regulator", "group", "fund", "chain", "retailer", "company", "firm", "lender",
            "insurer", "broadcaster", "newspaper", "watchdog", "conglomerate", "startup", "start-up", "unit",
            "subsidiary", "division");
    private static final Set<String> LEADER_NOUNS = Set.of("founder", "co-founder", "chief", "executive", "boss",
            "chairman", "chairwoman", "president");
    private static final Set<String> NOUNS_AFTER_A_POSSESSIVE = Set.of("shares", "share", "stock", "stake", "takeover",
            "acquisition", "board", "shareholders", "customers", "chief", "executives", "revenue", "profit",
            "earnings", "headquarters", "subsidiary", "unit", "parent", "bid", "offer", "merger", "employees",
            "founder", "investors", "website", "products", "services", "platform", "software", "stores", "factories",
            "plants", "fleet", "operations", "management", "results");

    private final String text;
    private final List<WordTokenizer.Word> words;

    NameContext(String text, List<WordTokenizer.Word> words) {
        this.text = text;
        this.words = words;
    }

    /** The cues of a candidate, with those of the "A and B" group it belongs to. */
    Cues of(CandidatePhrases.Candidate candidate) {
        Cues own = before(candidate.first(), candidate.last()).or(after(candidate.last()));
        if (candidate.groupFirst() == candidate.first() && candidate.groupLast() == candidate.last()) {
            return own;
        }
        return own.or(before(candidate.groupFirst(), candidate.groupLast())).or(after(candidate.groupLast()));
    }

    private Cues before(int first, int last) {
        if (first == 0) {
            return NONE;
        }
        String gap = gap(first - 1, first);
        String previous = lower(first - 1);
        // never across a blank line: "... the company.\n\nCopyright 2022" says nothing of "Copyright"
        boolean adjacent = isSpace(gap) && !gap.contains("\n\n") && !words.get(first - 1).possessive();
        boolean person = (adjacent || gap.equals(", ")) && NameLexicon.ROLE_NOUNS.contains(previous)
                || adjacent && (previous.equals("said") || previous.equals("says")) && endsClause(last);
        // "cybersecurity firm CrowdStrike", "its main rival, Eli Lilly"
        boolean organization = (adjacent || gap.equals(", ")) && NameLexicon.ORGANIZATION_NOUNS.contains(previous)
                || adjacent && (knownAs(first) || belongsTo(first) || objectOfBusiness(first) || example(first));
        // "its App Store", "its own Max jets"
        boolean product = adjacent && (previous.equals("its") || previous.equals("their")
                || previous.equals("own") && first >= 2 && isSpace(gap(first - 2, first - 1))
                && (lower(first - 2).equals("its") || lower(first - 2).equals("their")));
        boolean theBefore = adjacent && previous.equals("the");
        return new Cues(person, organization, false, false, product, theBefore, false);
    }

    /** "sued Microsoft", "merged with Eurosport", "a stake in Unilever", "owned by Warner Bros. Discovery". */
    private boolean objectOfBusiness(int first) {
        if (BUSINESS_VERBS.contains(lower(first - 1))) {
            return true;
        }
        return first >= 2 && isSpace(gap(first - 2, first - 1))
                && BUSINESS_PHRASES.contains(lower(first - 2) + " " + lower(first - 1));
    }

    /** "investors including Nvidia", "rivals such as Zscaler": an example of organizations named just before. */
    private boolean example(int first) {
        int noun = first - 2;
        if (lower(first - 1).equals("as") && first >= 3 && lower(first - 2).equals("such")) {
            noun = first - 3;
        } else if (!lower(first - 1).equals("including")) {
            return false;
        }
        if (noun < 0 || !isSpace(gap(noun, noun + 1))) {
            return false;
        }
        String plural = lower(noun);
        return plural.endsWith("s") && (NameLexicon.ORGANIZATION_NOUNS.contains(plural)
                || BUSINESS_PLURALS.contains(plural) || plural.equals("investors"));
    }

    /** "gang known as ALPHV", "a start-up called Froneri". */
    private boolean knownAs(int first) {
        String previous = lower(first - 1);
        if ((previous.equals("called") || previous.equals("named")) && first >= 2) {
            return NameLexicon.ORGANIZATION_NOUNS.contains(lower(first - 2));
        }
        return previous.equals("as") && first >= 3 && lower(first - 2).equals("known")
                && NameLexicon.ORGANIZATION_NOUNS.contains(lower(first - 3));
    }

    /** "analyst at Jefferies", "shares of the Nasdaq", "chief executive of Arm". */
    private boolean belongsTo(int first) {
        int preposition = first - 1;
        if (lower(preposition).equals("the") && preposition > 0 && isSpace(gap(preposition - 1, preposition))) {
            preposition--;
        }
        String word = lower(preposition);
        if (!PREPOSITIONS.contains(word) || preposition == 0
                || !isSpace(gap(preposition - 1, preposition))) {
            return false;
        }
        return NameLexicon.BELONGING_NOUNS.contains(lower(preposition - 1));
    }

    private Cues after(int last) {
        WordTokenizer.Word name = words.get(last);
        if (last + 1 >= words.size()) {
            return NONE;
        }
        String gap = gap(last, last + 1);
        String next = lower(last + 1);
        if (name.possessive() && isSpace(gap) && NOUNS_AFTER_A_POSSESSIVE.contains(next)) {
            return Cues.ORGANIZATION; // "Kroger's takeover"
        }
        if (gap.equals(", ")) {
            if (next.equals("who")) {
                return Cues.PERSON;
            }
            if (next.equals("which")) {
                return Cues.ORGANIZATION;
            }
            return apposition(last + 1);
        }
        if (!isSpace(gap)) {
            return NONE;
        }
        boolean organization = NOUNS_AFTER_A_NAME.contains(next) && !WordShapes.isCapitalised(words.get(last + 1))
                || andOther(last + 1) || leaderNamed(last + 1);
        if (!organization && !WordShapes.isCapitalised(words.get(last + 1)) && PRODUCT_NOUNS.contains(next)) {
            return Cues.PRODUCT; // "its PlayStation console", "the Chevrolet Bolt cars"
        }
        int verb = last + 1;
        boolean passive = false; // "fans at Wembley were told": the name is not who speaks
        for (int skipped = 0; skipped < 3 && verb + 1 < words.size() && isFiller(verb)
                && isSpace(gap(verb, verb + 1)); skipped++) {
            passive |= FORMS_OF_BE.contains(words.get(verb).text());
            verb++;
        }
        String verbText = words.get(verb).text();
        // "Samsung Electronics is expected to win": still the subject
        boolean speechVerb = NameLexicon.SPEECH_VERBS.contains(verbText) && (!passive || verbText.equals("expected"));
        boolean its = isVerbLike(words.get(verb)) && verb + 1 < words.size() && isSpace(gap(verb, verb + 1))
                && (lower(verb + 1).equals("its") || speechVerb && lower(verb + 1).equals("it"));
        return new Cues(false, organization, NameLexicon.CORPORATE_VERBS.contains(verbText), speechVerb, false, false, its);
    }

    /** A lower-case word that may be a verb: not a preposition nor a conjunction ("Apple and its rivals"). */
    private static boolean isVerbLike(WordTokenizer.Word word) {
        return !WordShapes.isCapitalised(word) && !NOT_VERBS.contains(word.text());
    }

    /** "Oracle co-founder Larry Ellison", "Tesla chief Elon Musk": a leader of the name, then the leader's name. */
    private boolean leaderNamed(int from) {
        int role = from;
        while (role < words.size() && role < from + 2 && LEADER_NOUNS.contains(lower(role))
                && !WordShapes.isCapitalised(words.get(role))) {
            role++;
        }
        return role > from && role < words.size() && isSpace(gap(role - 1, role)) && WordShapes.isCapitalised(words.get(role))
                && !words.get(role - 1).possessive();
    }

    /** "JPMorgan Chase and other large banks". */
    private boolean andOther(int from) {
        if (!lower(from).equals("and") || from + 2 >= words.size() || !lower(from + 1).equals("other")) {
            return false;
        }
        for (int i = from + 2; i < words.size() && i <= from + 4 && isSpace(gap(i - 1, i)); i++) {
            if (NameLexicon.ORGANIZATION_NOUNS.contains(lower(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isFiller(int index) {
        String word = words.get(index).text();
        return NameLexicon.VERB_FILLERS.contains(word) || NameLexicon.NOT_ORGANIZATIONS.contains(word.toLowerCase(Locale.ROOT))
                && WordShapes.isCapitalised(words.get(index));
    }

    /** "Rene Haas, chief executive of Arm" is a person; "Deezer, a smaller French streaming service" an organization. */
    private Cues apposition(int from) {
        String opening = lower(from);
        // "Mary Barra, GM's chief executive": a possessive name may open it too
        boolean possessiveName = WordShapes.isCapitalised(words.get(from)) && words.get(from).possessive();
        if (!(APPOSITION_OPENINGS.contains(opening) || NameLexicon.ROLE_NOUNS.contains(opening)
                || NameLexicon.ORGANIZATION_NOUNS.contains(opening) || possessiveName)) {
            return NONE; // "Hawaiian Airlines, said on a call": a clause goes on, not an apposition
        }
        for (int i = from; i < words.size() && i < from + APPOSITION_WORDS; i++) {
            if (i > from && (!isSpace(gap(i - 1, i)) || gap(i - 1, i).indexOf('\n') >= 0)) {
                break;
            }
            WordTokenizer.Word word = words.get(i);
            if (WordShapes.isCapitalised(word)) {
                continue; // "a smaller French streaming service": only the common nouns tell
            }
            String lower = lower(i);
            if (!word.possessive() && NameLexicon.ROLE_NOUNS.contains(lower)) {
                return Cues.PERSON;
            }
            if (!word.possessive() && (NameLexicon.ORGANIZATION_NOUNS.contains(lower) || BUSINESS_PLURALS.contains(lower))) {
                return Cues.ORGANIZATION;
            }
            if (!word.possessive() && PRODUCT_NOUNS.contains(lower)
                    && !(i + 1 < words.size() && NameLexicon.ORGANIZATION_NOUNS.contains(lower(i + 1)))) {
                return Cues.PRODUCT; // "MOVEit Transfer, a file-sharing program"; not "Gavi, the vaccine alliance"
            }
        }
        return NONE;
    }

    /** "said Maria Lopez, a researcher" ends there; "said SoftBank preferred" goes on with SoftBank as a subject. */
    private boolean endsClause(int last) {
        return last + 1 >= words.size() || !isSpace(gap(last, last + 1)) || words.get(last).possessive();
    }

    private String gap(int left, int right) {
        return text.substring(words.get(left).end() + (words.get(left).possessive() ? 2 : 0), words.get(right).start());
    }

    private String lower(int index) {
        return words.get(index).text().toLowerCase(Locale.ROOT);
    }

    private static boolean isSpace(String gap) {
        if (gap.isEmpty()) {
            return false;
        }
        for (int i = 0; i < gap.length(); i++) {
            if (!TextFolding.isSpace(gap.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
