package org.sifara.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.sifara.SifaraException;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;
import org.sifara.convert.DataFolder;
import org.sifara.remote.Credentials;
import org.sifara.remote.GraphStorePush;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sifara publish --gsp URL}: send what changed to a store that speaks the Graph Store Protocol. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Convert and validate the data, then send each graph that is new or changed since the last publish to that store (PUT), and delete the graphs of articles that are gone (DELETE), through the store's SPARQL 1.1 Graph Store Protocol endpoint. A second publish of the same data sends nothing. Credentials come from " + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE
                        + ", or from --credentials FILE; never from the command line.")
final class PublishCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Option(names = "--gsp", paramLabel = "URL", required = true,
            description = "The store's Graph Store Protocol endpoint, e.g. http://store:8890/sparql-graph-crud-auth.")
    private String gsp;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "A file of user= and password= lines for the store (readable by you alone).")
    private Path credentialsFile;

    @Override
    public Integer call() {
        if (!gsp.startsWith("http://") && !gsp.startsWith("https://")) {
            throw new Main.UsageException("sifara: --gsp must be an http(s) URL, not '" + gsp + "'");
        }
        Optional<Credentials> credentials = credentialsFile != null ? Optional.of(Credentials.fromFile(credentialsFile))
                : Credentials.fromEnvironment(System.getenv());
        Conversion conversion = new Converter(data.base).convert(data.data);
        GraphStorePush.Report report = new GraphStorePush(gsp, credentials)
                .push(conversion.dataset(), data.base, DataFolder.lastModified(data.data));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Sent %d graph(s), deleted %d, %d unchanged, to %s%n", report.sent().size(), report.removed().size(),
                report.unchanged(), gsp);
        if (!report.failed().isEmpty()) {
            StringBuilder message = new StringBuilder();
            report.failed().forEach((graph, why) -> message.append("sifara: could not send <").append(graph.getURI())
                    .append(">: ").append(why).append('\n'));
            message.append("sifara: the other graphs were sent; publish again to send the ones that failed");
            throw new SifaraException(message.toString());
        }
        return 0;
    }
}
