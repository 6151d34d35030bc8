package th.ita.report;

/**
 * Who signs the report, for its signature block: the executive who signed it off, by name and position; before the
 * sign-off only the position of the executive who approved the plan (the name is left as a dotted line for the
 * signer to write under the signature). {@code actingFor} is the office the signer acts for ("ปฏิบัติราชการแทน
 * นายกเทศมนตรี…"), when they sign as a deputy; null otherwise. Any part may be null and prints as a dotted line.
 */
record ReportSigner(String name, String position, String actingFor) {

    static final ReportSigner UNKNOWN = new ReportSigner(null, null, null);

    static ReportSigner pending(String position) {
        return new ReportSigner(null, position, null);
    }

    static ReportSigner signed(String name, String position) {
        return new ReportSigner(name, position, null);
    }

    ReportSigner actingFor(String office) {
        return new ReportSigner(name, position, office == null || office.isBlank() ? null : office.strip());
    }
}
