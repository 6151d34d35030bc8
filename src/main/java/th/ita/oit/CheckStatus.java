package th.ita.oit;

/** What the website answered the last time the checker fetched a URL. */
public enum CheckStatus {
    /** 2xx, on the main website (after same-domain redirects). */
    ALIVE,
    /** An HTTP status that is not success (404, 500…), or a redirect loop. */
    HTTP_ERROR,
    /** No answer within the timeout. */
    TIMEOUT,
    /** No connection: unknown host, refused, TLS failure. */
    UNREACHABLE,
    /** A redirect to another website: NACC assessors accept only URLs on the organisation's main website. */
    OFF_DOMAIN,
    /**
     * Never fetched: the URL leads to an address inside this server's network (this machine, a private network, the
     * cloud's metadata service) or to a port other than the website ports. Says nothing of what, if anything, is there.
     */
    REFUSED,
    /** Answers, but the page's SHA-256 differs from the page as it was when approved. */
    CHANGED;

    public boolean isProblem() {
        return this != ALIVE;
    }
}
