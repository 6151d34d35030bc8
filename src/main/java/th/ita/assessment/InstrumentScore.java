package th.ita.assessment;

/** An instrument's score in one result: as NACC published it, or {@code computed} from its indicators when it was not given. */
public record InstrumentScore(Instrument instrument, Score score, boolean computed) {

    public String code() {
        return instrument.code();
    }
}
