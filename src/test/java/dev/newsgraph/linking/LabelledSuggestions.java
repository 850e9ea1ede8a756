package dev.newsgraph.linking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import dev.newsgraph.ingest.ArticleParser;
import dev.newsgraph.ingest.ParsedArticle;

/** The labelled articles of src/test/resources/suggestions/ (format in its README), and how a suggestion list scores. */
final class LabelledSuggestions {

    /** One organization a reader expects, under any of its accepted spellings (lower-cased). */
    record Expected(Set<String> spellings) {
    }

    /** An article with its labels. */
    record LabelledArticle(String name, ParsedArticle article, List<Expected> expected, List<String> known,
                           Set<String> rejected) {

        /** The article scanned by a gazetteer of its known organizations. */
        Gazetteer.Scan scan() {
            return gazetteer().scan(article.title(), article.body());
        }

        Gazetteer gazetteer() {
            List<OrganizationNames> organizations = new ArrayList<>();
            for (int i = 0; i < known.size(); i++) {
                organizations.add(OrganizationNames.of(i + 1, known.get(i)));
            }
            return Gazetteer.build(organizations);
        }

        boolean isExpected(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return expected.stream().anyMatch(e -> e.spellings().contains(lower));
        }

        /** {suggested, right, expected, found} for these suggested names (lower-cased). */
        int[] score(Set<String> names) {
            int right = 0;
            for (String name : names) {
                right += isExpected(name) ? 1 : 0;
            }
            int found = 0;
            for (Expected organization : expected) {
                found += organization.spellings().stream().anyMatch(names::contains) ? 1 : 0;
            }
            return new int[] {names.size(), right, expected.size(), found};
        }
    }

    private LabelledSuggestions() {
    }

    static Path folder(String part) {
        URL url = LabelledSuggestions.class.getClassLoader().getResource("suggestions/" + part);
        if (url == null) {
            return null;
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<LabelledArticle> load(String part) {
        try (Stream<Path> files = Files.list(folder(part))) {
            List<LabelledArticle> articles = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".md", "");
                articles.add(labelled(name, new ArticleParser().parse(Files.readAllBytes(file)),
                        Files.readAllLines(file.resolveSibling(name + ".labels"))));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledArticle labelled(String name, ParsedArticle article, List<String> lines) {
        List<Expected> expected = new ArrayList<>();
        List<String> known = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (line.isBlank() || line.startsWith("#") || colon < 0) {
                continue;
            }
            String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (line.substring(0, colon).trim()) {
                case "expect" -> expected.add(new Expected(
                        new HashSet<>(Arrays.stream(value.split("\\|")).map(String::trim).toList())));
                case "known" -> known.add(value);
                case "reject" -> rejected.add(value);
                default -> throw new IllegalArgumentException(name + ": unknown label line " + line);
            }
        }
        return new LabelledArticle(name, article, expected, known, rejected);
    }
}
