package th.ita.oit;

/**
 * What one fetch of a URL found: the outcome, the HTTP status of the last answer (if any), the SHA-256 of the page
 * body (alive pages only), the address the redirects ended at, and a short technical detail for the log.
 */
record FetchResult(CheckStatus status, Integer httpStatus, String sha256, String finalUrl, String detail) {
}
