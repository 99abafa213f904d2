package org.sifara.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the build recorded about itself: Sifara's version and the Jena it was built with. */
public final class BuildInfo {

    private static final String RESOURCE = "sifara-version.properties";

    private BuildInfo() {}

    public static String version() {
        return read().getProperty("version", "unknown");
    }

    /**
     * The Jena version the build was made with. {@code Jena.VERSION} cannot say: in the single jar
     * its metadata file is one of many merged, and it reads as Sifara's own version.
     */
    public static String jenaVersion() {
        return read().getProperty("jena", "unknown");
    }

    /** The version of the CodeMirror WebJar the build packed: the folder its files sit in. */
    public static String codemirrorVersion() {
        return read().getProperty("codemirror", "unknown");
    }

    private static Properties read() {
        Properties props = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // the version is then unknown
        }
        return props;
    }
}
