package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Learns SuggestionModel's weights from labelled articles: L2-regularised logistic regression fitted by
 * Newton's method (a few dozen features, a few thousand names: exact and deterministic), with the
 * regularisation and the threshold chosen by leave-one-part-out on the parts written blind (each predicted from
 * the articles numbered before it): the highest recall whose precision stays at or above {@link #PRECISION_FLOOR}.
 */
final class SuggestionModelTrainer {

    static final double[] REGULARIZATIONS = {0.03, 0.1, 0.3, 1, 3, 10};
    static final double[] THRESHOLDS = thresholds();
    /**
     * The leave-one-part-out precision a setting must keep: the target on unseen text is 0.8, and the one blind
     * part measured against a leave-one-part-out estimate (h45–h52) lost 0.08 of precision against it
     * (docs/suggestions.md, "Eighth split"); a part predicted from the ones before it already is unseen text,
     * so the margin is smaller than leave-one-article-out needed.
     */
    static final double PRECISION_FLOOR = 0.85;
    /** The parts written blind, in order (first and last article number): each is predicted from the ones before. */
    static final int[][] BLIND_PARTS = {{38, 45}, {46, 53}, {54, 61}, {62, 69}};

    /** The names of one labelled article with their evidence; {@code positive[i]}: names.get(i) is expected. */
    record ArticleNames(LabelledSuggestions.LabelledArticle article, List<SuggestionFinder.NameEvidence> names,
                        boolean[] positive) {
    }

    /** Micro-averaged totals of one setting over all articles. */
    record Totals(double regularization, double threshold, int suggested, int right, int expected, int found) {
        double precision() {
            return suggested == 0 ? 1.0 : (double) right / suggested;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) found / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "regularization %.3f threshold %.2f: precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f",
                    regularization, threshold, precision(), right, suggested, recall(), found, expected, f1());
        }
    }

    /** The trained model with the cross-validated totals of the chosen setting, and of every setting tried. */
    record Training(SuggestionModel model, Totals chosen, List<Totals> tried) {
    }

    private SuggestionModelTrainer() {
    }

    static List<ArticleNames> names(List<LabelledSuggestions.LabelledArticle> articles) {
        SuggestionFinder finder = new SuggestionFinder();
        List<ArticleNames> all = new ArrayList<>();
        for (LabelledSuggestions.LabelledArticle article : articles) {
            List<SuggestionFinder.NameEvidence> names = finder.evidence(article.scan());
            boolean[] positive = new boolean[names.size()];
            for (int i = 0; i < positive.length; i++) {
                positive[i] = article.isExpected(names.get(i).name());
            }
            all.add(new ArticleNames(article, names, positive));
        }
        return all;
    }

    /**
     * Chooses the regularisation and threshold by leave-one-part-out on BLIND_PARTS (the highest recall at a
     * precision of at least PRECISION_FLOOR, the higher precision on a tie), then fits all articles with them.
     */
    static Training train(List<ArticleNames> articles) {
        List<Totals> tried = new ArrayList<>();
        Totals best = null;
        for (double regularization : REGULARIZATIONS) {
            List<List<ArticleNames>> parts = new ArrayList<>();
            List<double[][]> probabilities = new ArrayList<>();
            for (int[] part : BLIND_PARTS) {
                List<ArticleNames> inPart = part(articles, part);
                double[] weights = fit(before(articles, part), regularization);
                double[][] p = new double[inPart.size()][];
                for (int a = 0; a < p.length; a++) {
                    p[a] = probabilities(weights, inPart.get(a));
                }
                parts.add(inPart);
                probabilities.add(p);
            }
            for (double threshold : THRESHOLDS) {
                List<Totals> perPart = new ArrayList<>();
                for (int i = 0; i < parts.size(); i++) {
                    double[][] p = probabilities.get(i);
                    perPart.add(totals(parts.get(i), regularization, threshold, out -> p[out]));
                }
                Totals totals = sum(regularization, threshold, perPart);
                tried.add(totals);
                if (best == null || better(totals, best)) {
                    best = totals;
                }
            }
        }
        SuggestionModel model = new SuggestionModel(fit(articles, best.regularization()), best.threshold(),
                best.regularization());
        return new Training(model, best, tried);
    }

    /** Leave-one-article-out totals of the chosen setting (each article predicted from all the others). */
    static Totals leaveOneArticleOut(List<ArticleNames> articles, Training training) {
        double regularization = training.chosen().regularization();
        double[][] probabilities = new double[articles.size()][];
        for (int out = 0; out < articles.size(); out++) {
            List<ArticleNames> rest = new ArrayList<>(articles);
            rest.remove(out);
            probabilities[out] = probabilities(fit(rest, regularization), articles.get(out));
        }
        return totals(articles, regularization, training.chosen().threshold(), out -> probabilities[out]);
    }

    private static boolean better(Totals candidate, Totals best) {
        boolean candidateKeeps = candidate.precision() >= PRECISION_FLOOR;
        boolean bestKeeps = best.precision() >= PRECISION_FLOOR;
        if (candidateKeeps != bestKeeps) {
            return candidateKeeps;
        }
        if (!candidateKeeps) {
            return candidate.f1() > best.f1() + 1e-12;
        }
        return candidate.found() > best.found()
                || candidate.found() == best.found() && candidate.precision() > best.precision() + 1e-12;
    }

    /**
     * Leave-one-part-out: each blind-written part (BLIND_PARTS) predicted by a model fitted, with the chosen
     * setting, on the articles numbered before it only; the last entry is their sum. Closer to what a fresh blind
     * part gets than leave-one-article-out, whose other articles share stories and writers with the one left out.
     */
    static List<Totals> leaveOnePartOut(List<ArticleNames> articles, Training training) {
        double regularization = training.chosen().regularization();
        double threshold = training.chosen().threshold();
        List<Totals> result = new ArrayList<>();
        for (int[] part : BLIND_PARTS) {
            List<ArticleNames> inPart = part(articles, part);
            double[] weights = fit(before(articles, part), regularization);
            result.add(totals(inPart, regularization, threshold, out -> probabilities(weights, inPart.get(out))));
        }
        result.add(sum(regularization, threshold, result));
        return result;
    }

    private static List<ArticleNames> before(List<ArticleNames> articles, int[] part) {
        return articles.stream().filter(article -> number(article) < part[0]).toList();
    }

    private static List<ArticleNames> part(List<ArticleNames> articles, int[] part) {
        return articles.stream().filter(article -> number(article) >= part[0] && number(article) <= part[1]).toList();
    }

    private static Totals sum(double regularization, double threshold, List<Totals> parts) {
        int[] sum = new int[4];
        for (Totals totals : parts) {
            sum[0] += totals.suggested();
            sum[1] += totals.right();
            sum[2] += totals.expected();
            sum[3] += totals.found();
        }
        return new Totals(regularization, threshold, sum[0], sum[1], sum[2], sum[3]);
    }

    /** "t54-container-line-receivership": 54. */
    private static int number(ArticleNames article) {
        String name = article.article().name();
        return Integer.parseInt(name.substring(1, name.indexOf('-')));
    }

    /** The totals of a model on the articles it was fitted on (its fit, not an estimate of generalization). */
    static Totals fitted(List<ArticleNames> articles, Training training) {
        SuggestionModel model = training.model();
        return totals(articles, training.chosen().regularization(), training.chosen().threshold(), out -> {
            List<SuggestionFinder.NameEvidence> names = articles.get(out).names();
            double[] p = new double[names.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = model.probability(names.get(i).features());
            }
            return p;
        });
    }

    private static Totals totals(List<ArticleNames> articles, double regularization, double threshold,
                                 java.util.function.IntFunction<double[]> probabilitiesOf) {
        int suggested = 0;
        int right = 0;
        int expected = 0;
        int found = 0;
        for (int a = 0; a < articles.size(); a++) {
            ArticleNames article = articles.get(a);
            double[] p = probabilitiesOf.apply(a);
            Set<String> chosen = new HashSet<>();
            for (int i = 0; i < p.length; i++) {
                if (p[i] >= threshold) {
                    chosen.add(article.names().get(i).name().toLowerCase(Locale.ROOT));
                }
            }
            int[] score = article.article().score(chosen);
            suggested += score[0];
            right += score[1];
            expected += score[2];
            found += score[3];
        }
        return new Totals(regularization, threshold, suggested, right, expected, found);
    }

    private static double[] probabilities(double[] weights, ArticleNames article) {
        double[] p = new double[article.names().size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = sigmoid(SuggestionModel.score(weights, article.names().get(i).features()));
        }
        return p;
    }

    /** Newton's method on the L2-penalised log-likelihood (the bias unpenalised). */
    static double[] fit(List<ArticleNames> articles, double regularization) {
        int n = SuggestionModel.FEATURES.size();
        double[] w = new double[n];
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (int j = 1; j < n; j++) {
                gradient[j] = regularization * w[j];
                hessian[j][j] = regularization;
            }
            hessian[0][0] = 1e-9;
            for (ArticleNames article : articles) {
                for (int e = 0; e < article.names().size(); e++) {
                    double[] x = article.names().get(e).features();
                    double p = sigmoid(SuggestionModel.score(w, x));
                    double residual = p - (article.positive()[e] ? 1 : 0);
                    double curvature = p * (1 - p);
                    for (int j = 0; j < n; j++) {
                        if (x[j] == 0) {
                            continue;
                        }
                        gradient[j] += residual * x[j];
                        for (int k = 0; k < n; k++) {
                            hessian[j][k] += curvature * x[j] * x[k];
                        }
                    }
                }
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int j = 0; j < n; j++) {
                w[j] -= step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < 1e-10) {
                break;
            }
        }
        return w;
    }

    private static double sigmoid(double score) {
        return 1 / (1 + StrictMath.exp(-score));
    }

    /** Gaussian elimination with partial pivoting: the system is small and symmetric positive definite. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        double[] b = vector.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int row = column + 1; row < n; row++) {
                if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swap = a[column];
            a[column] = a[pivot];
            a[pivot] = swap;
            double t = b[column];
            b[column] = b[pivot];
            b[pivot] = t;
            for (int row = column + 1; row < n; row++) {
                double factor = a[row][column] / a[column][column];
                for (int k = column; k < n; k++) {
                    a[row][k] -= factor * a[column][k];
                }
                b[row] -= factor * b[column];
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }

    private static double[] thresholds() {
        double[] thresholds = new double[17];
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i] = (10 + 5 * i) / 100.0;
        }
        return thresholds;
    }
}
