package org.sifara.bench;

import java.util.List;
import java.util.Locale;

/** Medians and the formatting of the figures in the tables. */
final class Stats {

    private Stats() {}

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** A number with about three significant digits. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, v);
    }

    /** A ratio, e.g. {@code 3.4×}. */
    static String ratio(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, v >= 10 ? "%.0f×" : "%.2f×", v);
    }
}
