package th.ita.dashboard;

/** How many of how many are done. */
public record Progress(int done, int total) {

    /** Percent done; 0 when there is nothing to do (the chart shows "0/0", never a division by zero). */
    public double percent() {
        return total == 0 ? 0 : 100.0 * done / total;
    }
}
