package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho–Corasick automaton over chars: reports every pattern occurrence in one pass over the text.
 * After building, edges live in flat sorted arrays (one slice per node) to keep memory small
 * for tens of thousands of patterns; lookups binary-search the slice.
 */
final class AhoCorasickTrie {

    /** Receives each occurrence; {@code end} is exclusive. */
    interface MatchSink {
        void accept(int patternId, int start, int end);
    }

    private static final int ROOT = 0;
    private static final int NONE = -1;

    private final int[] edgeOffset;   // node -> first edge index; edgeOffset[node + 1] is the end
    private final char[] edgeChar;    // sorted per node
    private final int[] edgeTarget;
    private final int[] failure;
    private final int[] nextOutput;   // nearest proper suffix node that ends a pattern, or NONE
    private final int[] patternAt;    // pattern id ending exactly at the node, or NONE
    private final int[] patternLength;

    /** Builds the automaton; pattern ids are the list indexes. Duplicate patterns keep the first id. */
    AhoCorasickTrie(List<String> patterns) {
        TrieBuilder builder = new TrieBuilder();
        patternLength = new int[patterns.size()];
        for (int id = 0; id < patterns.size(); id++) {
            String pattern = patterns.get(id);
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("empty pattern at index " + id);
            }
            patternLength[id] = pattern.length();
            builder.insert(pattern, id);
        }
        int nodeCount = builder.nodeCount();
        edgeOffset = new int[nodeCount + 1];
        int edges = 0;
        for (int node = 0; node < nodeCount; node++) {
            edgeOffset[node] = edges;
            edges += builder.childCount[node];
        }
        edgeOffset[nodeCount] = edges;
        edgeChar = new char[edges];
        edgeTarget = new int[edges];
        for (int node = 0; node < nodeCount; node++) {
            int count = builder.childCount[node];
            if (count > 0) {
                System.arraycopy(builder.childChars.get(node), 0, edgeChar, edgeOffset[node], count);
                System.arraycopy(builder.childTargets.get(node), 0, edgeTarget, edgeOffset[node], count);
            }
        }
        patternAt = Arrays.copyOf(builder.patternAt, nodeCount);
        failure = new int[nodeCount];
        nextOutput = new int[nodeCount];
        linkFailures(nodeCount);
    }

    /** Scans {@code text[0, length)} once and reports every occurrence of every pattern. */
    void scan(char[] text, int length, MatchSink sink) {
        int state = ROOT;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            int next = child(state, c);
            while (next == NONE && state != ROOT) {
                state = failure[state];
                next = child(state, c);
            }
            state = next == NONE ? ROOT : next;
            int output = patternAt[state] != NONE ? state : nextOutput[state];
            while (output != NONE) {
                int id = patternAt[output];
                sink.accept(id, i + 1 - patternLength[id], i + 1);
                output = nextOutput[output];
            }
        }
    }

    private int child(int node, char c) {
        int from = edgeOffset[node];
        int to = edgeOffset[node + 1];
        int found = Arrays.binarySearch(edgeChar, from, to, c);
        return found >= 0 ? edgeTarget[found] : NONE;
    }

    /** Breadth-first so every node's failure target is final before its children need it. */
    private void linkFailures(int nodeCount) {
        int[] queue = new int[nodeCount];
        int head = 0;
        int tail = 0;
        failure[ROOT] = ROOT;
        nextOutput[ROOT] = NONE;
        queue[tail++] = ROOT;
        while (head < tail) {
            int node = queue[head++];
            for (int e = edgeOffset[node]; e < edgeOffset[node + 1]; e++) {
                int target = edgeTarget[e];
                failure[target] = node == ROOT ? ROOT : fallbackFor(failure[node], edgeChar[e]);
                int fail = failure[target];
                nextOutput[target] = patternAt[fail] != NONE ? fail : nextOutput[fail];
                queue[tail++] = target;
            }
        }
    }

    private int fallbackFor(int start, char c) {
        int state = start;
        while (true) {
            int next = child(state, c);
            if (next != NONE) {
                return next;
            }
            if (state == ROOT) {
                return ROOT;
            }
            state = failure[state];
        }
    }

    /** Growable per-node sorted child arrays, only used while inserting patterns. */
    private static final class TrieBuilder {
        private static final char[] NO_CHARS = {};   // shared by all leaves until they get a child
        private static final int[] NO_TARGETS = {};
        final List<char[]> childChars = new ArrayList<>();
        final List<int[]> childTargets = new ArrayList<>();
        int[] childCount = new int[16];
        int[] patternAt = new int[16];

        TrieBuilder() {
            newNode();
        }

        int nodeCount() {
            return childChars.size();
        }

        void insert(String pattern, int id) {
            int node = ROOT;
            for (int i = 0; i < pattern.length(); i++) {
                node = childOrCreate(node, pattern.charAt(i));
            }
            if (patternAt[node] == NONE) {
                patternAt[node] = id;
            }
        }

        private int childOrCreate(int node, char c) {
            char[] chars = childChars.get(node);
            int count = childCount[node];
            int found = Arrays.binarySearch(chars, 0, count, c);
            if (found >= 0) {
                return childTargets.get(node)[found];
            }
            int insertAt = -found - 1;
            int created = newNode();
            if (count == chars.length) {
                int grown = Math.max(2, count * 2);
                childChars.set(node, chars = Arrays.copyOf(chars, grown));
                childTargets.set(node, Arrays.copyOf(childTargets.get(node), grown));
            }
            int[] targets = childTargets.get(node);
            System.arraycopy(chars, insertAt, chars, insertAt + 1, count - insertAt);
            System.arraycopy(targets, insertAt, targets, insertAt + 1, count - insertAt);
            chars[insertAt] = c;
            targets[insertAt] = created;
            childCount[node] = count + 1;
            return created;
        }

        private int newNode() {
            int id = childChars.size();
            childChars.add(NO_CHARS);
            childTargets.add(NO_TARGETS);
            if (id == childCount.length) {
                childCount = Arrays.copyOf(childCount, id * 2);
                patternAt = Arrays.copyOf(patternAt, id * 2);
            }
            childCount[id] = 0;
            patternAt[id] = NONE;
            return id;
        }
    }
}
