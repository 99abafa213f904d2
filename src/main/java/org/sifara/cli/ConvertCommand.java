package org.sifara.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sifara.config.ConvertConfig;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sifara convert}: curated facts to a validated dataset, written atomically. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert every article under <data>/articles and the entity registry into RDF, validate it against the SHACL shapes, and write TriG, Turtle, N-Triples, JSON-LD and RDF/XML into the output folder. Errors name file:line:column; nothing is written then.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "The output folder, replaced only when the conversion is valid. Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Override
    public Integer call() {
        ConvertConfig config = new ConvertConfig(data.data, out, data.base);
        Conversion conversion = Converter.run(config);
        conversion.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        spec.commandLine().getOut().printf("Converted %d article(s), %d facts, into %s%n",
                conversion.articles(), conversion.facts(), config.out());
        return 0;
    }
}
