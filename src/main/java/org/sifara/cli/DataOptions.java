package org.sifara.cli;

import java.nio.file.Path;

import org.sifara.config.BaseIri;

import picocli.CommandLine.Option;

/** {@code --data} and {@code --base}: what to read, and the IRIs to mint; shared by every command that reads data. */
final class DataOptions {

    static final String DEFAULT_DATA = "data";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = DEFAULT_DATA,
            description = "The data folder (entities.yaml, articles/). Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = BaseIri.DEFAULT, converter = BaseIriConverter.class,
            description = "The canonical base IRI of the deployment. Default: ${DEFAULT-VALUE}.")
    BaseIri base;
}
