package org.sifara.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** {@code sifara --version}: the build's version and the Jena it runs on. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        return build().getProperty("version", "unknown");
    }

    /**
     * The Jena version the build was made with. {@code Jena.VERSION} cannot say: in the single jar
     * its metadata file is one of many merged, and it reads as Sifara's own version.
     */
    public static String jenaVersion() {
        return build().getProperty("jena", "unknown");
    }

    private static Properties build() {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getClassLoader().getResourceAsStream("sifara-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // the version is then unknown
        }
        return props;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"sifara " + version() + " (Apache Jena " + jenaVersion() + ", Java "
                + System.getProperty("java.version") + ")"};
    }
}
