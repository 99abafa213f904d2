package org.sifara.pages;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the interface: every page exists in English and in Arabic. Arabic pages are
 * {@code <html lang="ar" dir="rtl">}; the one stylesheet uses logical properties for both.
 */
public enum Lang {
    EN("en", "ltr"),
    AR("ar", "rtl");

    private final String code;
    private final String dir;

    Lang(String code, String dir) {
        this.code = code;
        this.dir = dir;
    }

    public String code() {
        return code;
    }

    public String dir() {
        return dir;
    }

    public Lang other() {
        return this == EN ? AR : EN;
    }

    /** {@code en} or {@code ar} (any case, with or without a region), else empty. */
    public static Optional<Lang> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (Lang lang : values()) {
            if (lang.code.equals(primary)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /**
     * The language an {@code Accept-Language} header prefers among ours: the one with the highest
     * q-value, the first named on a tie; English when it names neither.
     */
    public static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return EN;
        }
        Lang best = EN;
        double bestQ = 0;
        for (String entry : header.split(",")) {
            String[] parts = entry.split(";");
            Optional<Lang> lang = byCode(parts[0]);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (lang.isPresent() && q > bestQ) {
                best = lang.get();
                bestQ = q;
            }
        }
        return best;
    }

    /** Whether a language tag is written right to left (Arabic, Persian, Hebrew, Urdu...). */
    public static boolean isRightToLeft(String tag) {
        String primary = tag == null ? "" : tag.toLowerCase(Locale.ROOT).split("-")[0];
        return switch (primary) {
            case "ar", "fa", "he", "ur", "ps", "ku", "yi", "ckb", "dv", "sd", "ug" -> true;
            default -> false;
        };
    }
}
