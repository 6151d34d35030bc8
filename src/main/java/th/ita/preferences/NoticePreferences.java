package th.ita.preferences;

/**
 * How a person wants to hear that work reached them or was decided on. In the app always; by e-mail and on LINE
 * (where linked) as they choose; at once (grouped over a short quiet time) or once a day in a digest.
 */
public record NoticePreferences(boolean email, boolean line, boolean dailyDigest) {

    /** Until a person chooses: every channel, at once. */
    public static final NoticePreferences DEFAULT = new NoticePreferences(true, true, false);
}
