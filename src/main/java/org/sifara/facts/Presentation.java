package org.sifara.facts;

/**
 * How the article presents a fact, on two independent axes, each in kebab case as the curator
 * writes it: who vouches for it ({@code stated-by-article}, {@code asserted-by-speaker},
 * {@code reported}) and what kind of content it is ({@code occurred}, {@code intended},
 * {@code planned}, {@code under-negotiation}, {@code possible}). Either is null if missing.
 */
public record Presentation(String evidentialStatus, String factuality) {

    static Presentation read(YamlMap m) {
        return new Presentation(m.requiredReference("evidential-status"), m.requiredReference("factuality"));
    }
}
