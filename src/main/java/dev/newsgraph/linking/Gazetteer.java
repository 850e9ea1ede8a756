package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Immutable dictionary of organization names that finds them in text with one Aho–Corasick pass.
 * Case rules: matching ignores case, except that an acronym name (no lower-case letter, e.g. CNN, AT&amp;T)
 * matches only in exactly its own case, and any other name must start with an upper-case letter or digit
 * in the text (proper-noun use), so "apple pie" is not Apple but "COMMERCE DEPARTMENT" is; names styled
 * with a lower-case initial (eBay) match in any case. Whitespace runs in the text match one space in a name.
 */
public final class Gazetteer {

    private enum CaseRule { EXACT, CAPITALISED, ANY }

    private record NamePattern(long organizationId, String normalizedName, CaseRule caseRule) {
    }

    private record Candidate(int start, int end, long organizationId) {
        int length() {
            return end - start;
        }
    }

    /** Per-organization totals while linking one article. */
    private static final class Tally {
        int count;
        int firstBodyStart = -1; // -1 while the organization has only been seen in the title
    }

    private final AhoCorasickTrie trie;
    private final List<List<NamePattern>> patternsById; // index = trie pattern id (one folded key)
    private final Map<Long, String> names; // each organization's own name

    private Gazetteer(AhoCorasickTrie trie, List<List<NamePattern>> patternsById, Map<Long, String> names) {
        this.trie = trie;
        this.patternsById = patternsById;
        this.names = names;
    }

    /** The organization's name as the automaton was built with it; "" for an id it does not know. */
    public String nameOf(long organizationId) {
        return names.getOrDefault(organizationId, "");
    }

    /** Builds the automaton once; blank names are skipped and case-only duplicates of one organization collapse. */
    public static Gazetteer build(Collection<OrganizationNames> organizations) {
        Objects.requireNonNull(organizations, "organizations");
        Map<String, Integer> idByFoldedName = new LinkedHashMap<>();
        List<List<NamePattern>> patternsById = new ArrayList<>();
        Map<Long, String> ownNames = new HashMap<>();
        for (OrganizationNames organization : organizations) {
            ownNames.put(organization.organizationId(), organization.name());
            Set<String> seenForOrganization = new HashSet<>();
            List<String> names = new ArrayList<>(1 + organization.aliases().size());
            names.add(organization.name());
            names.addAll(organization.aliases());
            for (String rawName : names) {
                String normalized = TextFolding.normalizeName(rawName);
                String folded = TextFolding.fold(normalized);
                if (normalized.isEmpty() || !seenForOrganization.add(folded)) {
                    continue; // first spelling wins among case variants of one organization
                }
                int id = idByFoldedName.computeIfAbsent(folded, key -> {
                    patternsById.add(new ArrayList<>(1));
                    return patternsById.size() - 1;
                });
                patternsById.get(id).add(
                        new NamePattern(organization.organizationId(), normalized, caseRuleFor(normalized)));
            }
        }
        return new Gazetteer(new AhoCorasickTrie(new ArrayList<>(idByFoldedName.keySet())), patternsById, ownNames);
    }

    /** The known names in an article's title and body, found once for both the linker and the suggestion finder. */
    public record Scan(String title, String body, List<MatchSpan> titleSpans, List<MatchSpan> bodySpans,
                       List<SentenceSplitter.Range> titleSentences, List<SentenceSplitter.Range> bodySentences) {
    }

    public Scan scan(String title, String body) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        // the sentences too, which both the snippets and the suggestion finder need
        return new Scan(title, body, spans(title), spans(body), SentenceSplitter.split(title), SentenceSplitter.split(body));
    }

    /** One mention per organization found in title or body, ordered by first occurrence (title first). */
    public List<MentionHit> link(String title, String body) {
        return link(scan(title, body));
    }

    /** The mentions of an article already scanned. */
    public static List<MentionHit> link(Scan scan) {
        String title = scan.title();
        String body = scan.body();
        Map<Long, Tally> tallies = new LinkedHashMap<>(); // insertion order = order of first occurrence
        for (MatchSpan span : scan.titleSpans()) {
            tallies.computeIfAbsent(span.organizationId(), id -> new Tally()).count++;
        }
        for (MatchSpan span : scan.bodySpans()) {
            Tally tally = tallies.computeIfAbsent(span.organizationId(), id -> new Tally());
            tally.count++;
            if (tally.firstBodyStart < 0) {
                tally.firstBodyStart = span.start();
            }
        }
        List<SentenceSplitter.Range> sentences = scan.bodySentences();
        List<MentionHit> mentions = new ArrayList<>(tallies.size());
        tallies.forEach((organizationId, tally) -> mentions.add(
                new MentionHit(organizationId, tally.count, snippetFor(title, body, sentences, tally.firstBodyStart))));
        return List.copyOf(mentions);
    }

    /**
     * Accepted name occurrences in {@code text}, sorted by start: whole words only, case rules applied,
     * overlaps resolved longest first, then leftmost.
     */
    public List<MatchSpan> spans(String text) {
        Objects.requireNonNull(text, "text");
        NormalizedText normalized = new NormalizedText(text);
        List<Candidate> candidates = new ArrayList<>();
        trie.scan(normalized.folded, normalized.length, (patternId, start, end) -> {
            if (normalized.isWholeWord(start, end)) {
                NamePattern accepted = firstAccepted(patternsById.get(patternId), normalized, start, end);
                if (accepted != null) {
                    candidates.add(new Candidate(start, end, accepted.organizationId()));
                }
            }
        });
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        TreeMap<Integer, Candidate> chosenByStart = new TreeMap<>();
        for (Candidate candidate : candidates) {
            if (isFree(chosenByStart, candidate)) {
                chosenByStart.put(candidate.start(), candidate);
            }
        }
        List<MatchSpan> spans = new ArrayList<>(chosenByStart.size());
        for (Candidate chosen : chosenByStart.values()) {
            spans.add(new MatchSpan(chosen.organizationId(),
                    normalized.originalStart(chosen.start()), normalized.originalEnd(chosen.end())));
        }
        return List.copyOf(spans);
    }

    private static boolean isFree(TreeMap<Integer, Candidate> chosenByStart, Candidate candidate) {
        Map.Entry<Integer, Candidate> before = chosenByStart.floorEntry(candidate.start());
        if (before != null && before.getValue().end() > candidate.start()) {
            return false;
        }
        Map.Entry<Integer, Candidate> after = chosenByStart.ceilingEntry(candidate.start());
        return after == null || after.getKey() >= candidate.end();
    }

    private static NamePattern firstAccepted(List<NamePattern> patterns, NormalizedText text, int start, int end) {
        for (NamePattern pattern : patterns) {
            if (caseRuleAllows(pattern, text, start, end)) {
                return pattern;
            }
        }
        return null;
    }

    private static boolean caseRuleAllows(NamePattern pattern, NormalizedText text, int start, int end) {
        switch (pattern.caseRule()) {
            case EXACT:
                return text.slice(start, end).equals(pattern.normalizedName());
            case CAPITALISED:
                for (int i = start; i < end; ) {
                    int codePoint = Character.codePointAt(text.chars, i);
                    if (Character.isLetterOrDigit(codePoint)) {
                        return TextFolding.isCapitalOrDigit(codePoint);
                    }
                    i += Character.charCount(codePoint);
                }
                return true;
            default:
                return true;
        }
    }

    /** Acronyms have an upper-case letter and no lower-case one; otherwise the initial decides. */
    private static CaseRule caseRuleFor(String name) {
        boolean hasUpper = name.codePoints().anyMatch(Character::isUpperCase);
        boolean hasLower = name.codePoints().anyMatch(Character::isLowerCase);
        if (hasUpper && !hasLower) {
            return CaseRule.EXACT;
        }
        int initial = name.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse('a');
        return TextFolding.isCapitalOrDigit(initial) ? CaseRule.CAPITALISED : CaseRule.ANY; // eBay, or scripts without case
    }

    private static String snippetFor(String title, String body, List<SentenceSplitter.Range> sentences, int bodyStart) {
        if (bodyStart < 0) {
            return Snippets.shorten(title);
        }
        for (SentenceSplitter.Range sentence : sentences) {
            if (sentence.contains(bodyStart)) {
                return Snippets.shorten(body.substring(sentence.start(), sentence.end()));
            }
        }
        return Snippets.shorten(body);
    }
}
