package org.sifara.cli;

import org.sifara.config.BuildInfo;

import picocli.CommandLine.IVersionProvider;

/** {@code sifara --version}: the build's version and the Jena and Java it runs on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"sifara " + BuildInfo.version() + " (Apache Jena " + BuildInfo.jenaVersion() + ", Java "
                + System.getProperty("java.version") + ")"};
    }
}
