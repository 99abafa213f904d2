package org.sifara.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.sifara.config.BaseIri;

/**
 * The terms of the Sifara ontology ({@code ontology/sifara.ttl}) that the code uses, in the fixed
 * namespace {@value BaseIri#VOCABULARY_NAMESPACE}: {@code Sifara.partOf.in(base)} is the same node
 * under every base (the base parameter stays so that call sites read as before). Constant names
 * are the terms' local names, exactly.
 */
@SuppressWarnings("java:S115") // constant names mirror the IRIs
public enum Sifara {
    // classes
    DiplomaticEvent, OfficialVisit, BilateralMeeting, Reception, Talks, AgreementSigning, Negotiation,
    StatementOfIntent, Participation, RoleType, State, Office, Delegation, AnonymousSource, MilitaryRank,
    Agreement, MonetaryValue, Claim, EvidentialStatus, Factuality, BoundKind, CooperationTopic, CameoEventType,
    // properties
    partOf, inContextOf, follows, cameoCode, sourceActor, targetActor, iso3166Alpha3, cameoActorCode, topic, evidentialStatus, factuality, inEvent, participant, hasRank, mandatedBy, subjectField,
    party, signingEvent, hasTerritory, territoryOf, post, monetaryValue, boundKind, minExclusiveValue, maxExclusiveValue, verbatim,
    claimant, issuedThrough, statedDuring, evidence,
    // individuals and concept schemes
    evidencing, RoleTypes, EvidentialStatuses, Factualities, BoundKinds, CooperationTopics, CameoEventCodes,
    StatedByArticle, AssertedBySpeaker, Reported, Occurred, Possible, ExclusiveLowerBound, InclusiveLowerBound, ExclusiveUpperBound, InclusiveUpperBound, Exact, Approximate;

    public Node in(BaseIri base) {
        return NodeFactory.createURI(base.term(name()));
    }

    public String iri(BaseIri base) {
        return base.term(name());
    }
}
