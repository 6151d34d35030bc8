package th.ita.line;

/** What became of a LINE message: not tried yet, failed and tried again later, delivered, or given up. */
public enum DeliveryStatus { PENDING, RETRYING, SENT, FAILED }
