package th.ita.oit;

/**
 * How far an OIT item is from being ready for ITAS: no URL yet, URLs entered but not yet fetched, every URL fetched
 * and answering (the page the coordinator approved, if approved), or a URL that does not answer, leaves the main
 * website or no longer shows the approved page.
 */
public enum OitState {
    MISSING, ENTERED, ALIVE, BROKEN
}
