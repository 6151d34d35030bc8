package th.ita.bench;

import java.util.Arrays;
import java.util.List;

/** Median and 95th percentile (nearest rank) of repeated measurements. */
record Stats(double median, double p95, int n) {

    static Stats of(List<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Stats(Double.NaN, Double.NaN, 0);
        }
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        int rank = (int) Math.ceil(0.95 * sorted.length);
        return new Stats(median, sorted[Math.max(0, rank - 1)], sorted.length);
    }

    static Stats of(double... values) {
        return of(Arrays.stream(values).boxed().toList());
    }

    /** "12 / 14" for counts, "3.4 / 5.1" for times. */
    String format(boolean whole) {
        return whole ? "%.0f / %.0f".formatted(median, p95) : "%.1f / %.1f".formatted(median, p95);
    }
}
