package dev.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cues and forms that name an organization in one sighting, or keep a name out, beyond SuggestionFinderTest's. */
class SuggestionCuesTest {

    private static final Gazetteer EMPTY = Gazetteer.build(List.of());
    private final SuggestionFinder finder = new SuggestionFinder();

    private static List<String> names(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::name).toList();
    }

    @Test
    void anOrganizationNounOpeningTheSentenceIsACueNotPartOfTheName() {
        // given
        String body = "Rival Nestlé sold most of its brands. Carmaker Stellantis agreed. Union Pacific grew.";
        // when / then "Union" begins a name: it stays (and Union Pacific, well known, is suggested on its own)
        assertEquals(List.of("Nestlé", "Stellantis", "Union Pacific"), names(finder.find("", body, EMPTY)));
    }

    @Test
    void aSingleWordThatSpeaksOrSpeaksOfItselfAsItQualifiesOnce() {
        // given
        String body = "Eurostar said its trains ran. Later Zellor said it would wait. Danone has also been reshaping its"
                + " portfolio.";
        // when / then
        assertEquals(List.of("Danone", "Eurostar", "Zellor"), names(finder.find("", body, EMPTY)));
    }

    @Test
    void aSurnameOrAPlaceThatIsSpokenToIsNotASpeaker() {
        // given a person whose given name is not listed, then her surname alone; a place in a passive clause
        String body = "The holding company through which Shari Redstone controls Quorvane grew. Redstone said so."
                + " Fans at Wembley were told to wait.";
        // when / then
        assertEquals(List.of(), finder.find("", body, EMPTY));
    }

    @Test
    void dottedInitialsGoOnIntoTheNameAndAreNoNameAlone() {
        // given
        String body = "Tarlow Metals said it would buy U.S. Copper. U.S. Copper shares rose. Buyers in the U.S. waited.";
        // when / then
        assertEquals(List.of("U.S. Copper", "Tarlow Metals"), names(finder.find("", body, EMPTY)));
    }

    @Test
    void aNameInAProductAppositionOrAfterItsOwnIsAProduct() {
        // given
        String body = "Attackers used Quillon Sync, a file-sharing program sold widely. Quillon Sync was patched."
                + " Brevan Air flew its own Skyhop 4 jets; the Skyhop 4 is new. Marvela, the vaccine alliance, agreed.";
        // when / then the twice-seen "Quillon Sync" is a wrong suggestion of round 10's model (docs/suggestions.md,
        // "Eighth split"): the product apposition no longer outweighs two sightings
        assertEquals(List.of("Quillon Sync", "Brevan Air", "Marvela"), names(finder.find("", body, EMPTY)));
    }

    @Test
    void namesThatAdviseOrSignAreSubjects() {
        // given
        String body = "Dorsey Partners and Halvern Brook advised the seller. Kestrel has signed a deal."
                + " Marrows and Tilden Lane led the offering. Regulators led nothing.";
        // when / then a plural-looking opener alone is a common noun; a single word seen once as a subject
        // ("Kestrel", "Marrows") reached the threshold in round 9 (0.25) and no longer does with round 10's
        // (0.30, chosen by leave-one-part-out: docs/suggestions.md, "Eighth split")
        assertEquals(List.of("Dorsey Partners", "Halvern Brook", "Tilden Lane"),
                names(finder.find("", body, EMPTY)));
    }

    @Test
    void initialsJoinedByAnAmpersandMakeABrand() {
        // given
        String body = "The stores went to C&S Wholesale Grocers. Later AT&T grew.";
        // when / then
        assertEquals(List.of("AT&T", "C&S Wholesale Grocers"), names(finder.find("", body, EMPTY)));
    }

    @Test
    void twoNamesJoinedByAndSplitAfterTheSingularOfAnEnding() {
        // given
        String body = "Ford Motor and General Motors offer similar systems. United Food and Commercial Workers agreed.";
        // when / then
        assertEquals(List.of("Ford Motor", "General Motors", "United Food and Commercial Workers"),
                names(finder.find("", body, EMPTY)));
    }

    @Test
    void anOfFormNameMayRunToEightWords() {
        // given
        String body = "It needs the approval of the Office of the Comptroller of the Currency.";
        // when / then
        assertEquals(List.of("Office of the Comptroller of the Currency"), names(finder.find("", body, EMPTY)));
    }

    @Test
    void aNameBeforeARegionIsNoPlace() {
        // given
        String body = "Avanti West Coast and LNER ran fewer trains. Flights reached the Gold Coast and the Gold Coast.";
        // when / then
        assertEquals(List.of("Avanti West Coast", "LNER"), names(finder.find("", body, EMPTY)));
    }

    @Test
    void examplesRivalriesPossessionsAndWinsNameAnOrganizationOnce() {
        // given
        String body = "The start-up raised money from investors including Nvidia and Fidelity, deepening a rivalry with"
                + " Microsoft. Later Costco's website crashed. Amazon won the rights.";
        // when / then
        assertEquals(List.of("Amazon", "Costco", "Fidelity", "Microsoft", "Nvidia"), names(finder.find("", body, EMPTY)));
    }
}
