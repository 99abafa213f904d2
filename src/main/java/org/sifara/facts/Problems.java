package org.sifara.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sifara.SifaraException;

/**
 * What is wrong with the input, collected so that one run reports every error, each as one line
 * {@code file:line:column: what is wrong}. Warnings are kept apart: they never stop a conversion,
 * and only the first {@value #MAX_WARNINGS} are kept (a 15 MB article of numbers once printed
 * 3.1 million), with one more line counting the rest.
 */
public final class Problems {

    public static final int MAX_WARNINGS = 100;

    /** One finding about the input. */
    public record Problem(SourcePosition at, String message) {
        @Override
        public String toString() {
            return at + ": " + message;
        }
    }

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.at().file().toString())
            .thenComparingInt(p -> p.at().line())
            .thenComparingInt(p -> p.at().column())
            .thenComparing(Problem::message);

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]+\\s*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]");

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long warningsLeftOut;
    private SourcePosition firstLeftOut;

    public void error(SourcePosition at, String message) {
        errors.add(new Problem(at, oneLine(message)));
    }

    public void warning(SourcePosition at, String message) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(new Problem(at, oneLine(message)));
        } else if (warningsLeftOut++ == 0) {
            firstLeftOut = at;
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Problem> errors() {
        return errors.stream().sorted(ORDER).distinct().toList();
    }

    /** The warnings kept, in order, then, if there were more, one that counts them and says where they start. */
    public List<Problem> warnings() {
        List<Problem> kept = new ArrayList<>(warnings.stream().sorted(ORDER).distinct().toList());
        if (warningsLeftOut > 0) {
            kept.add(new Problem(firstLeftOut, warningsLeftOut + " more warnings, from here on, are not listed"));
        }
        return List.copyOf(kept);
    }

    /**
     * Takes in what another collection found (one article's, converted on a thread of its own):
     * its errors, and its warnings within this collection's bound.
     */
    public void absorb(Problems other) {
        errors.addAll(other.errors);
        other.warnings.forEach(w -> warning(w.at(), w.message()));
        if (other.warningsLeftOut > 0) {
            if (warningsLeftOut == 0) {
                firstLeftOut = other.firstLeftOut;
            }
            warningsLeftOut += other.warningsLeftOut;
        }
    }

    /** Stops the run if anything is wrong; the exception carries every error, one per line. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidInputException(errors());
        }
    }

    /**
     * The message on one line, whatever it quotes from the input: line breaks of every kind become
     * a space, and other control characters their code, so that none acts on the terminal.
     */
    private static String oneLine(String message) {
        String line = LINE_BREAKS.matcher(message).replaceAll(" ").strip();
        return CONTROL.matcher(line).replaceAll(
                c -> Matcher.quoteReplacement(String.format("\\u%04X", (int) c.group().charAt(0))));
    }

    /** The input is invalid; {@link #getMessage()} has one line per error. */
    public static final class InvalidInputException extends SifaraException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        public InvalidInputException(List<Problem> problems) {
            super(String.join("\n", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
