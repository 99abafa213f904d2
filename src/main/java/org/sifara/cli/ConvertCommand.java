package org.sifara.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sifara.config.BaseIri;
import org.sifara.config.ConvertConfig;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;
import org.sifara.convert.DatasetWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sifara convert}: curated facts to a validated dataset, written atomically. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert every article under <data>/articles and the entity registry into RDF,",
                "validate it against the SHACL shapes, and write TriG, Turtle, N-Triples, JSON-LD and",
                "RDF/XML into the output folder. Errors name file:line:column; nothing is written then."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data folder (entities.yaml, articles/). Default: ${DEFAULT-VALUE}.")
    private Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "The output folder, replaced only when the conversion is valid. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = BaseIri.DEFAULT, converter = BaseIriConverter.class,
            description = "The canonical base IRI of the deployment. Default: ${DEFAULT-VALUE}.")
    private BaseIri base;

    @Override
    public Integer call() {
        ConvertConfig config = new ConvertConfig(data, out, base);
        DatasetWriter.checkOutput(config.out(), config.data());
        Conversion conversion = new Converter(config.base()).convert(config.data());
        conversion.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        new DatasetWriter(conversion.dataset(), config.base()).writeAtomically(config.out());
        spec.commandLine().getOut().printf("Converted %d article(s), %d facts, into %s%n",
                conversion.articles(), conversion.facts(), config.out());
        return 0;
    }
}
