package th.ita.division;

import java.util.Locale;

/** A division (กอง) of the organisation, responsible for its part of a measure. */
public record Division(String code, String nameTh, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }

    /** A row of code, name_th, name_en; read by name, without a reflective mapper's exception per column. */
    static Division fromRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Division(rs.getString("code"), rs.getString("name_th"), rs.getString("name_en"));
    }
}
