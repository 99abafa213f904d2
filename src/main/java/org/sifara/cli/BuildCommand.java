package org.sifara.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.sifara.build.BuildReport;
import org.sifara.build.Builder;
import org.sifara.build.Progress;
import org.sifara.config.BuildConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sifara build}: bring a persistent store up to date with the data folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Convert and validate what changed in the data folder, and bring the TDB2 store up to date: one named graph per article, the registry's and the ontology's, the download files and the dataset's figures. Only changed articles (and those linking to them) are converted, on every core; bad data changes nothing. A server running with 'serve --store' switches to the new build without a pause. Errors name file:line:column.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "The store folder, made if it does not exist. Default: ${DEFAULT-VALUE}.")
    private Path store;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many articles are converted and validated at once. Default: the number of cores.")
    private Integer threads;

    @Option(names = "--timings", description = "Also print how long each step took.")
    private boolean timings;

    @Override
    public Integer call() {
        int n = threads == null ? BuildConfig.defaultThreads() : threads;
        if (n < 1) {
            throw new Main.UsageException("sifara: --threads must be at least 1");
        }
        BuildConfig config = new BuildConfig(data.data, store, data.base, n);
        BuildReport report;
        try (Progress progress = System.console() != null ? Progress.on(spec.commandLine().getErr()) : Progress.none()) {
            report = Builder.run(config, progress);
        }
        report.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        if (report.upToDate()) {
            spec.commandLine().getOut().printf(Locale.ROOT, "The store %s is up to date (%s, %d articles).%n", store,
                    report.generation(), report.articles());
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "Built %s (%s) in %.1f s: %d of %d articles converted, %d removed; %d triples, in %s%n",
                    report.generation(), report.how(), report.seconds(), report.converted(), report.articles(), report.removed(),
                    report.triples(), store);
        }
        if (timings) {
            report.steps().forEach((step, seconds) -> spec.commandLine().getOut().printf(Locale.ROOT, "  %-45s %8.2f s%n", step, seconds));
        }
        return 0;
    }
}
