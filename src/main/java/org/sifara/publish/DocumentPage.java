package org.sifara.publish;

import org.apache.jena.graph.Graph;

/**
 * One page of the document about a resource: its triples, which page it is, and whether a next
 * page follows. Page 1 is the document itself ({@code /doc/<kind>/<slug>.<ext>}); page N is
 * {@code ?page=N}. Every page holds the resource's own statements; the lists that grow with the
 * archive (what refers to it, its evidence) are cut into pages of {@link DocumentBuilder#INCOMING_PER_PAGE}
 * and {@link DocumentBuilder#EVIDENCE_PER_PAGE}.
 */
public record DocumentPage(Graph graph, int page, boolean hasNext) {}
