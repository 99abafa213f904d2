package org.sifara.facts;

import java.util.List;

/** Alternative spellings, in Arabic and in English (Shehbaz/Shahbaz, Hammad/Hamad). */
public record AltLabels(List<String> ar, List<String> en) {
    public static final AltLabels NONE = new AltLabels(List.of(), List.of());

    public AltLabels {
        ar = List.copyOf(ar);
        en = List.copyOf(en);
    }
}
