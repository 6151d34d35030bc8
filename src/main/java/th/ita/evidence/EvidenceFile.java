package th.ita.evidence;

/** A file the user has uploaded but not yet submitted. */
public record EvidenceFile(String fileName, byte[] content) {

    public long size() {
        return content.length;
    }
}
