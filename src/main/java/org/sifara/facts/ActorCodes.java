package org.sifara.facts;

import java.util.regex.Pattern;

/**
 * The codes event-data users join on: a state's ISO 3166-1 alpha-3 code ({@code LBY}) and the
 * CAMEO actor code of a state, an organisation or a post ({@code LBY}, {@code PAKMIL}: a country
 * code followed by role codes of three letters). Either may be null.
 */
public record ActorCodes(String iso3166, String cameo) {

    public static final ActorCodes NONE = new ActorCodes(null, null);
    private static final Pattern ISO = Pattern.compile("[A-Z]{3}");
    private static final Pattern CAMEO = Pattern.compile("([A-Z]{3})+");

    /** Reads 'iso3166' (allowed where {@code isoAllowed}) and 'cameo-actor', reporting malformed codes. */
    static ActorCodes read(YamlMap m, boolean isoAllowed, String what) {
        String iso = m.string("iso3166").orElse(null);
        String cameo = m.string("cameo-actor").orElse(null);
        if (iso != null && !isoAllowed) {
            m.problems().error(m.at("iso3166"), "'iso3166' is only for states (type country), not for " + what);
            iso = null;
        } else if (iso != null && !ISO.matcher(iso).matches()) {
            m.problems().error(m.at("iso3166"), "'" + YamlMap.abbreviate(iso) + "' is not an ISO 3166-1 alpha-3 code such as LBY");
            iso = null;
        }
        if (cameo != null && !CAMEO.matcher(cameo).matches()) {
            m.problems().error(m.at("cameo-actor"), "'" + YamlMap.abbreviate(cameo)
                    + "' is not a CAMEO actor code: a country code and role codes of three capital letters, such as PAKMIL");
            cameo = null;
        }
        return iso == null && cameo == null ? NONE : new ActorCodes(iso, cameo);
    }
}
