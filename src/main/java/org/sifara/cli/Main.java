package org.sifara.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.sifara.SifaraException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sifara} command: parses arguments and hands them to a subcommand. */
@Command(name = "sifara",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Sifara: a linked-data publisher for the facts of diplomatic news.",
        subcommands = {ServeCommand.class, BuildCommand.class, ConvertCommand.class, QueryCommand.class, PublishCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** The input or the data is wrong: the message says what and where. */
    public static final int EXIT_DATA_ERROR = 1;
    /** The command line is wrong. */
    public static final int EXIT_USAGE = 2;
    /** Something unexpected broke inside Sifara. */
    public static final int EXIT_INTERNAL = 70;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default: the data is Arabic.
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line and returns the exit code; the tests call this too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("sifara: " + firstLine(e.getMessage())
                    + " (see 'sifara " + subcommandPath(e.getCommandLine()) + "--help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof SifaraException) {
                for (String line : e.getMessage().split("\n")) {
                    commandLine.getErr().println(line);
                }
                return e instanceof UsageException ? EXIT_USAGE : EXIT_DATA_ERROR;
            }
            commandLine.getErr().println("sifara: internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
            return EXIT_INTERNAL;
        });
        return cli.execute(args);
    }

    private static String subcommandPath(CommandLine cl) {
        String path = cl.getCommandSpec().qualifiedName(" ");
        return path.equals("sifara") ? "" : path.substring("sifara ".length()) + " ";
    }

    static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command-line value is wrong in a way picocli cannot see (exit 2). */
    public static final class UsageException extends SifaraException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }
}
