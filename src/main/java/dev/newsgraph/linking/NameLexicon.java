package dev.newsgraph.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The word lists the suggestion finder reads context with: given names, non-organizations and cue words. */
final class NameLexicon {

    /** Given names (lower-cased), from linking/first-names.txt. */
    static final Set<String> FIRST_NAMES = load("linking/first-names.txt", true);
    /** Places, peoples, months and days (lower-cased), from linking/not-organizations.txt. */
    static final Set<String> NOT_ORGANIZATIONS = load("linking/not-organizations.txt", false);
    /**
     * Names of widely reported organizations (lower-cased, also without a leading "the"), from
     * linking/well-known-organizations.txt: evidence the model weighs, as for a name seen once with no cue.
     */
    static final Set<String> WELL_KNOWN_ORGANIZATIONS = withoutLeadingThe(load("linking/well-known-organizations.txt", false));

    /** Capitalised words that title the person named after them: "Judge Adrienne Nelson", "Secretary Gina Raimondo". */
    static final Set<String> PERSON_TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord",
            "Lady", "President", "Senator", "Sen", "Rep", "Representative", "Governor", "Gov", "Judge", "Secretary",
            "Minister", "Chancellor", "Commissioner", "Mayor", "Chairman", "Chairwoman", "CEO", "Chief", "Officer",
            "Pope", "King", "Queen", "Prince", "Princess", "Captain", "Senior", "Vice", "Attorney", "Justice");

    /** Lower-case nouns for what people are: before a name ("chief executive George Kurtz") or in its apposition. */
    static final Set<String> ROLE_NOUNS = Set.of("executive", "executives", "chief", "analyst", "analysts",
            "researcher", "researchers", "journalist", "reporter", "editor", "spokesman", "spokeswoman",
            "spokesperson", "founder", "co-founder", "chairman", "chairwoman", "chair", "president", "minister",
            "secretary", "director", "officer", "officials", "official", "lawyer", "lawyers", "attorney", "governor",
            "senator", "judge", "professor", "economist", "economists", "strategist", "manager", "head", "boss",
            "leader", "commissioner", "engineer", "engineers", "scientist", "employee", "employees", "staff",
            "members", "member", "billionaire", "entrepreneur", "author", "chancellor", "mayor", "partner");

    /** Lower-case nouns for what organizations are: "cybersecurity firm CrowdStrike", "Deezer, a streaming service". */
    static final Set<String> ORGANIZATION_NOUNS = Set.of("firm", "company", "companies", "group", "maker", "makers",
            "chipmaker", "carmaker", "automaker", "carrier", "airline", "bank", "lender", "retailer", "grocer", "chain",
            "startup", "start-up", "rival", "rivals", "owner", "parent", "unit", "subsidiary", "division", "giant",
            "insurer", "broadcaster", "publisher", "newspaper", "regulator", "agency", "exchange", "operator",
            "manufacturer", "supplier", "provider", "platform", "developer", "designer", "designers", "fund",
            "union", "gang", "conglomerate", "processor", "service", "watchdog", "venture", "business", "brand",
            "network", "charity", "organisation", "organization", "association", "institute", "university",
            "studio", "outlet", "consultancy", "bureau", "alliance", "producer", "producers", "banks", "lenders",
            "firms", "carriers", "airlines", "retailers", "insurers", "manufacturers", "charities", "unions", "streamer",
            "employer", "employers");

    /** Last words of the names of places, not of organizations: "... International Airport", "Gold Coast". */
    static final Set<String> PLACE_ENDINGS = Set.of("Airport", "Station", "Street", "Avenue", "Road", "Square",
            "River", "Ocean", "Sea", "Island", "Islands", "County", "Province", "Coast", "Valley", "Mountains", "Canal",
            "Lake", "Bay", "Gulf", "Strait");
    /** First words of the names of places: "Cape of Good Hope", "Lake Michigan", "Mount Everest". */
    static final Set<String> PLACE_OPENINGS = Set.of("Cape", "Lake", "Mount", "Gulf", "Strait", "Bay");

    /** Nouns that, followed by "at", "of", "for" or "from", point at an organization: "analyst at Jefferies", "shares of Nvidia". */
    static final Set<String> BELONGING_NOUNS = Set.of("shares", "stock", "stake", "takeover", "acquisition", "merger",
            "customers", "shareholders", "investors", "owner", "unit", "subsidiary", "division", "parent",
            "competitors", "rivals", "board", "staff", "employees", "executives", "executive", "chief", "founder",
            "head", "boss", "analyst", "analysts", "researcher", "researchers", "engineers", "officials", "spokesperson",
            "spokesman", "spokeswoman", "lawyer", "lawyers", "members", "economist", "economists", "strategist",
            "president", "chairman", "chairwoman", "director", "secretary", "partner", "partners", "campaigners",
            "activists", "volunteers", "experts", "scientists", "doctors", "teams");

    /** Verbs that mostly organizations do: a single capitalised word before one of them is an organization. */
    static final Set<String> CORPORATE_VERBS = Set.of("shares", "stock", "acquired", "acquires", "bought", "buys",
            "merged", "posted", "employs", "reported", "announced", "filed", "recalled", "raised", "lowered", "cut",
            "cuts", "invested", "invests", "launched", "shipped", "listed", "cancelled", "canceled", "hired",
            "sued", "settled", "fined", "laid", "delisted", "downgraded", "upgraded", "forecast", "won",
            "owns", "operates", "manufactures", "supplies");

    /** Verbs organizations share with people: enough for a multi-word proper name that is not a person. */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "confirmed", "declined", "denied",
            "warned", "urged", "expects", "expected", "plans", "planned", "agreed", "agrees", "welcomed", "argued",
            "accused", "stressed", "promised", "apologised", "apologized", "disputed", "responded", "opposed",
            "rejected", "called", "ran", "runs", "offers", "offered", "sold", "sells", "opened", "closed", "advised",
            "advises", "signed", "went", "led", "leads", "estimated", "estimates", "pledged", "committed");

    /** Words that may stand between a subject and its verb: "Zscaler also raised", "Delta has filed". */
    static final Set<String> VERB_FILLERS = Set.of("also", "has", "have", "had", "later", "then", "still", "now",
            "on", "will", "would", "is", "was", "been", "were", "are", "recently", "previously", "already", "itself", "too");

    private NameLexicon() {
    }

    /** Whether a lower-cased name is in the well-known list (a curly apostrophe read as a straight one). */
    static boolean isWellKnown(String key) {
        return WELL_KNOWN_ORGANIZATIONS.contains(key.replace('’', '\''));
    }

    private static Set<String> withoutLeadingThe(Set<String> names) {
        Set<String> all = new HashSet<>(names);
        for (String name : names) {
            if (name.startsWith("the ")) {
                all.add(name.substring(4));
            }
        }
        return Set.copyOf(all);
    }

    private static Set<String> load(String resource, boolean wordsPerLine) {
        Set<String> words = new HashSet<>();
        try (InputStream in = NameLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.trim().toLowerCase(Locale.ROOT);
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (wordsPerLine) {
                    words.addAll(Set.of(trimmed.split("\\s+")));
                } else {
                    words.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
