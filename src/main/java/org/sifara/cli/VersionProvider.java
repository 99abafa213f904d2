package org.sifara.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.apache.jena.Jena;

import picocli.CommandLine.IVersionProvider;

/** {@code sifara --version}: the build's version and the Jena it runs on. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getClassLoader().getResourceAsStream("sifara-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // the version is then unknown
        }
        return props.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"sifara " + version() + " (Apache Jena " + Jena.VERSION + ", Java "
                + System.getProperty("java.version") + ")"};
    }
}
