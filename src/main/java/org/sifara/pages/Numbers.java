package org.sifara.pages;

import java.math.BigDecimal;

/**
 * Numbers written for people: digits grouped in threes, with {@code ,} in English and the Arabic
 * thousands separator {@code ٬} (U+066C) in Arabic, Western digits in both, as the articles write
 * them: {@code 4,000,000,000} and {@code 4٬000٬000٬000}.
 */
public final class Numbers {

    private Numbers() {}

    public static String grouped(BigDecimal number, Lang lang) {
        String plain = number.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        char separator = lang == Lang.AR ? '\u066C' : ',';
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(separator);
            }
            b.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            b.append(lang == Lang.AR ? '\u066B' : '.').append(fraction);
        }
        return (negative ? "-" : "") + b;
    }

    /** A lexical form as a grouped number, or the form itself if it is not a number. */
    public static String grouped(String lexical, Lang lang) {
        try {
            return grouped(new BigDecimal(lexical.strip()), lang);
        } catch (NumberFormatException e) {
            return lexical;
        }
    }
}
