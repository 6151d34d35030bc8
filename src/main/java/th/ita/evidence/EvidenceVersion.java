package th.ita.evidence;

/**
 * Stored evidence with its place in the division's submissions: {@code round} is the submission it came with
 * (1 for the first, 2 after the first return…), {@code latestRound} marks the files of the division's newest
 * submission, and {@code fileVersion} counts the uploads of the same file name by the division (2 when a file
 * was uploaded again after a return; each upload keeps its own bytes and SHA-256).
 */
public record EvidenceVersion(Evidence evidence, int round, boolean latestRound, int fileVersion) {
}
