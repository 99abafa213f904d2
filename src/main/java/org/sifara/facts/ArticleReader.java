package org.sifara.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one article folder: the text exactly as published ({@code article.<lang>.txt}) and its
 * curated facts ({@code facts.yaml}).
 */
public final class ArticleReader {

    public static final String FACTS_FILE = "facts.yaml";
    private static final Pattern TEXT_FILE = Pattern.compile("article\\.([a-z]{2,3})\\.txt");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ArticleReader() {}

    public static Optional<ArticleFacts> read(Path folder, Problems problems) {
        String slug = folder.getFileName().toString();
        Path factsFile = folder.resolve(FACTS_FILE);
        if (!SLUG.matcher(slug).matches()) {
            problems.error(SourcePosition.startOf(folder), "the article folder name '" + slug
                    + "' must be a slug: lowercase letters, digits and single hyphens");
            return Optional.empty();
        }
        Optional<Path> textFile = textFile(folder, problems);
        if (!Files.isRegularFile(factsFile)) {
            problems.error(SourcePosition.startOf(factsFile), "the article has no " + FACTS_FILE);
            return Optional.empty();
        }
        Optional<String> text = textFile.flatMap(f -> YamlDocument.readText(f, problems))
                .filter(t -> publishable(textFile.get(), t, problems));
        Optional<YamlMap> root = YamlDocument.read(factsFile, problems);
        if (text.isEmpty() || root.isEmpty()) {
            return Optional.empty();
        }
        return read(slug, textFile.get(), factsFile, text.get(), root.get());
    }

    private static boolean publishable(Path textFile, String text, Problems problems) {
        var bad = UnpublishableCharacters.find(text);
        bad.ifPresent(i -> problems.error(SourcePosition.in(textFile, text, i),
                "the text contains " + UnpublishableCharacters.describe(text, i) + ", which cannot be published"));
        return bad.isEmpty();
    }

    private static Optional<Path> textFile(Path folder, Problems problems) {
        List<Path> texts;
        try (Stream<Path> files = Files.list(folder)) {
            texts = files.filter(f -> TEXT_FILE.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(folder), "cannot list the article folder: " + e.getMessage());
            return Optional.empty();
        }
        if (texts.size() != 1) {
            problems.error(SourcePosition.startOf(folder), texts.isEmpty()
                    ? "the article has no text file article.<language>.txt"
                    : "the article has more than one text file: " + texts.stream().map(p -> p.getFileName().toString()).toList());
            return Optional.empty();
        }
        if (!Files.isRegularFile(texts.get(0))) {
            // a device or a pipe would be read forever
            problems.error(SourcePosition.startOf(texts.get(0)), "the text file is not a regular file");
            return Optional.empty();
        }
        return Optional.of(texts.get(0));
    }

    private static Optional<ArticleFacts> read(String slug, Path textFile, Path factsFile, String text, YamlMap root) {
        Problems problems = root.problems();
        root.allowOnly(Set.of("article", "actors", "mentions", "post-holdings", "events", "agreements", "claims"));
        ArticleMeta meta = Optional.ofNullable(root.requiredMap("article")).map(m -> meta(m, textFile)).orElse(null);
        List<Entity> actors = new ArrayList<>();
        for (YamlValue item : root.list("actors")) {
            item.map("actors").flatMap(EntityReader::read).ifPresent(actors::add);
        }
        List<Mention> mentions = new ArrayList<>();
        for (YamlValue item : root.list("mentions")) {
            item.map("mentions").ifPresent(m -> {
                m.allowOnly(Set.of("entity", "evidence"));
                String entity = m.requiredId("entity");
                List<Quote> evidence = QuoteReader.evidence(m, "evidence", true);
                if (entity != null) {
                    mentions.add(new Mention(entity, evidence, m.at("entity")));
                }
            });
        }
        List<PostHoldingFact> holdings = new ArrayList<>();
        for (YamlValue item : root.list("post-holdings")) {
            item.map("post-holdings").flatMap(h -> holding(h, meta)).ifPresent(holdings::add);
        }
        List<EventFact> events = new ArrayList<>();
        for (YamlValue item : root.list("events")) {
            item.map("events").flatMap(ArticleReader::event).ifPresent(events::add);
        }
        List<AgreementFact> agreements = new ArrayList<>();
        for (YamlValue item : root.list("agreements")) {
            item.map("agreements").flatMap(ArticleReader::agreement).ifPresent(agreements::add);
        }
        List<ClaimFact> claims = new ArrayList<>();
        for (YamlValue item : root.list("claims")) {
            item.map("claims").flatMap(ArticleReader::claim).ifPresent(claims::add);
        }
        if (meta == null || problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ArticleFacts(slug, textFile, factsFile, text, meta, actors, mentions, holdings, events, agreements,
                claims));
    }

    private static ArticleMeta meta(YamlMap m, Path textFile) {
        m.allowOnly(Set.of("headline", "date", "date-evidence", "language", "url", "source-note", "publisher", "identifier"));
        Quote headline = null;
        String headlineEn = null;
        YamlMap h = m.requiredMap("headline");
        if (h != null) {
            h.allowOnly(Set.of("quote", "en"));
            String quote = h.requiredString("quote");
            headlineEn = h.requiredString("en");
            headline = quote == null ? null : new Quote(quote, 0, h.at("quote"));
        }
        LocalDate date = m.requiredDate("date");
        List<Quote> dateEvidence = QuoteReader.evidence(m, "date-evidence", false);
        String url = m.webAddress("url").orElse(null);
        String sourceNote = m.string("source-note").orElse(null);
        String publisher = m.string("publisher").orElse(null);
        String identifier = m.string("identifier").orElse(null);
        String language = m.requiredString("language");
        Matcher file = TEXT_FILE.matcher(textFile.getFileName().toString());
        if (language != null && file.matches() && !file.group(1).equals(language)) {
            m.problems().error(m.at("language"), "language '" + language + "' does not match the text file "
                    + textFile.getFileName());
        }
        if (headline == null || headlineEn == null || date == null || language == null) {
            return null;
        }
        return new ArticleMeta(headline, headlineEn, date, dateEvidence, language, url, sourceNote, publisher, identifier,
                m.at());
    }

    /** A post held as of a day: the article's date unless 'as-of' says otherwise, never after it. */
    private static Optional<PostHoldingFact> holding(YamlMap m, ArticleMeta meta) {
        m.allowOnly(Set.of("person", "post", "as-of", "since", "until", "evidence", "note"));
        String person = m.requiredId("person");
        String post = m.requiredId("post");
        LocalDate asOf = m.date("as-of").orElse(meta == null ? null : meta.date());
        LocalDate since = m.date("since").orElse(null);
        LocalDate until = m.date("until").orElse(null);
        if (meta != null && asOf != null && asOf.isAfter(meta.date())) {
            m.problems().error(m.at("as-of"), "'as-of' " + asOf + " is after the article's date " + meta.date()
                    + ": an article cannot tell who holds a post later");
        }
        if (since != null && asOf != null && since.isAfter(asOf)) {
            m.problems().error(m.at("since"), "'since' " + since + " is after 'as-of' " + asOf);
        }
        if (until != null && asOf != null && until.isBefore(asOf)) {
            m.problems().error(m.at("until"), "'until' " + until + " is before 'as-of' " + asOf);
        }
        List<Quote> evidence = QuoteReader.evidence(m, "evidence", true);
        Labels note = m.labels("note", false);
        if (person == null || post == null || asOf == null) {
            return Optional.empty();
        }
        return Optional.of(new PostHoldingFact(person, post, asOf, since, until, evidence, note, m.at("person")));
    }

    private static Optional<EventFact> event(YamlMap m) {
        m.allowOnly(Set.of("id", "type", "label", "cameo", "source-actor", "target-actor", "evidential-status", "factuality",
                "when", "place", "part-of", "context", "follows",
                "topics", "participants", "evidence", "note"));
        String id = m.requiredId("id");
        String type = m.requiredReference("type");
        Labels label = m.labels("label", true);
        Presentation presentation = Presentation.read(m);
        EventCoding coding = EventCoding.read(m);
        String place = m.reference("place").orElse(null);
        String partOf = m.reference("part-of").orElse(null);
        String context = m.reference("context").orElse(null);
        List<String> follows = m.references("follows");
        List<String> topics = m.references("topics");
        Labels note = m.labels("note", false);
        When when = m.map("when").map(ArticleReader::when).orElse(When.UNKNOWN);
        List<ParticipantFact> participants = new ArrayList<>();
        for (YamlValue item : m.list("participants")) {
            item.map("participants").ifPresent(p -> {
                p.allowOnly(Set.of("actor", "roles", "evidence"));
                String actor = p.requiredId("actor");
                List<String> roles = p.requiredReferences("roles");
                List<Quote> evidence = QuoteReader.evidence(p, "evidence", true);
                if (actor != null) {
                    participants.add(new ParticipantFact(actor, roles, evidence, p.at("actor")));
                }
            });
        }
        List<Quote> evidence = QuoteReader.evidence(m, "evidence", true);
        if (id == null || type == null || label == null) {
            return Optional.empty();
        }
        return Optional.of(new EventFact(id, type, label, coding, presentation, when, place, partOf, context, follows, topics,
                participants, evidence, note, m.at("id")));
    }

    private static When when(YamlMap m) {
        m.allowOnly(Set.of("date", "begin", "end", "earliest-begin", "latest-begin", "earliest-end", "latest-end"));
        When when = new When(m.date("date").orElse(null), m.date("begin").orElse(null), m.date("end").orElse(null),
                m.date("earliest-begin").orElse(null), m.date("latest-begin").orElse(null),
                m.date("earliest-end").orElse(null), m.date("latest-end").orElse(null));
        WhenCheck.check(when, m);
        return when;
    }

    private static Optional<AgreementFact> agreement(YamlMap m) {
        m.allowOnly(Set.of("id", "label", "subjects", "parties", "signing", "evidential-status", "factuality", "value", "evidence",
                "note"));
        String id = m.requiredId("id");
        Labels label = m.labels("label", true);
        List<String> subjects = m.requiredReferences("subjects");
        Presentation presentation = Presentation.read(m);
        List<String> parties = m.references("parties");
        String signing = m.reference("signing").orElse(null);
        ValueFact value = m.map("value").map(ArticleReader::value).orElse(null);
        List<Quote> evidence = QuoteReader.evidence(m, "evidence", true);
        Labels note = m.labels("note", false);
        if (id == null || label == null) {
            return Optional.empty();
        }
        return Optional.of(new AgreementFact(id, label, subjects, parties, signing, presentation, value, evidence, note, m.at("id")));
    }

    private static ValueFact value(YamlMap m) {
        m.allowOnly(Set.of("kind", "amount", "currency", "verbatim"));
        String kind = m.requiredReference("kind");
        var amount = m.requiredDecimal("amount");
        String currency = m.requiredString("currency");
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            m.problems().error(m.at("currency"), "currency '" + YamlMap.abbreviate(currency)
                    + "' must be an ISO 4217 code such as USD");
            currency = null;
        }
        String verbatim = m.requiredString("verbatim");
        if (kind == null || amount == null || currency == null || verbatim == null) {
            return null;
        }
        return new ValueFact(kind, amount, currency, new Quote(verbatim, 0, m.at("verbatim")), m.at());
    }

    private static Optional<ClaimFact> claim(YamlMap m) {
        m.allowOnly(Set.of("id", "label", "claimants", "through", "evidential-status", "factuality", "cameo", "source-actor",
                "target-actor", "about", "topics", "stated-during", "evidence", "note"));
        String id = m.requiredId("id");
        Labels label = m.labels("label", true);
        List<String> claimants = m.requiredReferences("claimants");
        Presentation presentation = Presentation.read(m);
        EventCoding coding = EventCoding.read(m);
        String through = m.reference("through").orElse(null);
        List<String> about = m.references("about");
        List<String> topics = m.references("topics");
        String statedDuring = m.reference("stated-during").orElse(null);
        List<Quote> evidence = QuoteReader.evidence(m, "evidence", true);
        Labels note = m.labels("note", false);
        if (id == null || label == null) {
            return Optional.empty();
        }
        return Optional.of(new ClaimFact(id, label, claimants, through, presentation, coding, about, topics, statedDuring, evidence,
                note, m.at("id")));
    }
}
