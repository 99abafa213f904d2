package org.sifara.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * axe-core, the accessibility checker, injected into a page the browser has open. It is installed
 * with npm by {@code .ci/run} into {@code ~/.cache/sifara-axe} (as Comunica is); where it is not,
 * the check is skipped with a message saying how to install it.
 */
public final class Axe {

    static final Path HOME = Path.of(System.getProperty("user.home"), ".cache", "sifara-axe");
    static final Path SCRIPT = HOME.resolve("node_modules/axe-core/axe.min.js");

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    public static Optional<Axe> installed() {
        try {
            return Files.isRegularFile(SCRIPT) ? Optional.of(new Axe(Files.readString(SCRIPT))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** axe-core, or the test skipped with how to install it. */
    public static Axe orSkip() {
        Optional<Axe> axe = installed();
        if (axe.isEmpty()) {
            String message = "SKIPPED: accessibility check: axe-core is not installed in " + HOME
                    + " (npm install --prefix ~/.cache/sifara-axe axe-core@4; .ci/run installs it)";
            System.err.println(message);
            Assumptions.abort(message);
        }
        return axe.get();
    }

    /** The serious and critical violations on the page the browser shows: "rule (impact): target; ..." each. */
    public List<String> seriousViolations(Browser browser) {
        browser.script(source);
        Object result = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')))).catch(e => done(['axe failed: ' + e]));
                """);
        List<String> out = new ArrayList<>();
        if (result instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (result instanceof Map<?, ?> map) {
            out.add(map.toString());
        }
        return out;
    }
}
