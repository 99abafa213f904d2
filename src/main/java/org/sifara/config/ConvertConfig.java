package org.sifara.config;

import java.nio.file.Path;

/** What {@code sifara convert} does: read {@code data}, write the dataset into {@code out}. */
public record ConvertConfig(Path data, Path out, BaseIri base) {}
