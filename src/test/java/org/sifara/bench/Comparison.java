package org.sifara.bench;

import org.sifara.testing.LoadDriver;

/**
 * One route of Sifara and what a plain Fuseki user would send for the same answer.
 *
 * @param group the table the comparison belongs to (saved queries, dereferencing, downloads)
 */
record Comparison(String group, String name, LoadDriver.Probe sifara, LoadDriver.Probe plain) {}
