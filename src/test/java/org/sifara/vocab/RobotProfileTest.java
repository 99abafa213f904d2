package org.sifara.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/**
 * The ROBOT report profile that {@code mvn verify} runs on the ontology (the build fails on any
 * ERROR it reports) keeps what matters for a bilingual vocabulary: missing and shared labels are
 * errors, and one label per language is not "multiple labels" but two in one language are.
 */
class RobotProfileTest {

    private static final Path FOLDER = Path.of("ontology/robot");

    private static Map<String, String> profile() throws IOException {
        Map<String, String> levels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FOLDER.resolve("report-profile.txt"))) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                levels.put(parts[1].replaceFirst("^file:\\$\\{project\\.basedir}/ontology/robot/", "file:"), parts[0]);
            }
        }
        return levels;
    }

    @Test
    void labelsMissingSharedOrTwiceInOneLanguageAreErrors() throws IOException {
        Map<String, String> levels = profile();
        assertEquals("ERROR", levels.get("missing_label"));
        assertEquals("ERROR", levels.get("duplicate_label"));
        assertEquals("INFO", levels.get("multiple_labels"), "one Arabic and one English label are not 'multiple labels'");
        assertEquals("ERROR", levels.get("file:multiple_labels_in_one_language.rq"));
        assertEquals("ERROR", levels.get("file:missing_label_in_a_language.rq"));
    }

    @Test
    void theCustomChecksAreQueriesRobotCanRun() throws IOException {
        for (String check : new String[] {"multiple_labels_in_one_language.rq", "missing_label_in_a_language.rq"}) {
            var query = QueryFactory.create(Files.readString(FOLDER.resolve(check)));
            assertEquals("[?entity, ?property, ?value]", query.getProjectVars().toString(), check + " must select what ROBOT reports");
        }
    }

    @Test
    void theBuildFailsOnAnError() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<java classname=\"org.obolibrary.robot.CommandLineInterface\" fork=\"true\" failonerror=\"true\""),
                "the build runs ROBOT, and a non-zero exit fails it");
        assertTrue(pom.contains("<arg value=\"report\"/>")
                && pom.contains("<arg file=\"${project.basedir}/ontology/sifara.ttl\"/>")
                && pom.contains("<arg file=\"${project.build.directory}/robot/report-profile.txt\"/>"),
                "the build runs robot report on the ontology with the committed profile");
        assertTrue(pom.contains("<arg value=\"--fail-on\"/><arg value=\"ERROR\"/>"), "an ERROR fails the build");
    }
}
