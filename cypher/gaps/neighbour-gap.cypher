// neighbour-gap: land neighbours with which a state has no coordination channel: no shared forum,
// no direct tie and no shared bilateral instrument (under $via and $binding).
// Mirrors govgraph.gaps.structural.neighbour_gap (rule "neighbour-gap").
//
// Parameters
//   $dataset   the pushed dataset               $as_of    ISO date text (YYYY[-MM[-DD]])
//   $subject   a state id, or null for every state
//   $via       direct | forum | any: which coordination counts (direct ties, shared forums, or either)
//   $binding   any | binding | non-binding: which ties count
//   counterpart = topic = the neighbour.
// Read from a missing tie, so only for a state whose list of bilateral agreements is recorded as
// complete (state property coverage_<list>, from the coverage data); otherwise the in-memory rule adds a notice.
// Returns rows (rule, subject, counterpart, topic).
// Every variable name is used once: ArcadeDB mis-scopes a name reused inside EXISTS { }.
MATCH (s:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR s.id = $subject)
  AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_until IS NULL OR s.valid_until > $as_of)
  AND coalesce(s.coverage_bilateral_agreements, false) = true
MATCH (nb:GovGraph:Actor {dataset: $dataset})
WHERE nb.id IN coalesce(s.borders, [])
  AND (nb.valid_from IS NULL OR nb.valid_from <= $as_of) AND (nb.valid_until IS NULL OR nb.valid_until > $as_of)
WITH DISTINCT s, nb
WHERE NOT (
  ($via IN ['direct', 'any'] AND (
      EXISTS { MATCH (s)-[cd:RELATION {dataset: $dataset}]-(nb)
        WHERE cd.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of', 'coordinates_with', 'partners_with', 'funds']
          AND (cd.since IS NULL OR cd.since <= $as_of) AND (cd.until IS NULL OR cd.until > $as_of) AND ($binding = 'any' OR coalesce(cd.binding, false) = ($binding = 'binding')) }
      OR EXISTS { MATCH (s)-[cs1:RELATION {dataset: $dataset}]->(csf:Actor {dataset: $dataset})<-[cs2:RELATION {dataset: $dataset}]-(nb)
        WHERE cs1.type IN ['secretariat_of', 'chairs'] AND cs2.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of'] AND csf.kind IN ['rcp', 'irf', 'rec', 'global_process', 'city_network']
          AND (csf.valid_from IS NULL OR csf.valid_from <= $as_of) AND (csf.valid_until IS NULL OR csf.valid_until > $as_of)
          AND (cs1.since IS NULL OR cs1.since <= $as_of) AND (cs1.until IS NULL OR cs1.until > $as_of) AND ($binding = 'any' OR coalesce(cs1.binding, false) = ($binding = 'binding'))
          AND (cs2.since IS NULL OR cs2.since <= $as_of) AND (cs2.until IS NULL OR cs2.until > $as_of) AND ($binding = 'any' OR coalesce(cs2.binding, false) = ($binding = 'binding')) }
      OR EXISTS { MATCH (nb)-[ct1:RELATION {dataset: $dataset}]->(ctf:Actor {dataset: $dataset})<-[ct2:RELATION {dataset: $dataset}]-(s)
        WHERE ct1.type IN ['secretariat_of', 'chairs'] AND ct2.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of'] AND ctf.kind IN ['rcp', 'irf', 'rec', 'global_process', 'city_network']
          AND (ctf.valid_from IS NULL OR ctf.valid_from <= $as_of) AND (ctf.valid_until IS NULL OR ctf.valid_until > $as_of)
          AND (ct1.since IS NULL OR ct1.since <= $as_of) AND (ct1.until IS NULL OR ct1.until > $as_of) AND ($binding = 'any' OR coalesce(ct1.binding, false) = ($binding = 'binding'))
          AND (ct2.since IS NULL OR ct2.since <= $as_of) AND (ct2.until IS NULL OR ct2.until > $as_of) AND ($binding = 'any' OR coalesce(ct2.binding, false) = ($binding = 'binding')) }
      OR EXISTS { MATCH (s)-[ci1:RELATION {dataset: $dataset}]->(cbi:Instrument {dataset: $dataset, scope: 'bilateral'})<-[ci2:RELATION {dataset: $dataset}]-(nb)
        WHERE ci1.type IN ['party_to', 'signatory_of', 'endorses'] AND ci2.type IN ['party_to', 'signatory_of', 'endorses']
          AND (cbi.valid_from IS NULL OR cbi.valid_from <= $as_of) AND (cbi.valid_until IS NULL OR cbi.valid_until > $as_of)
          AND (ci1.since IS NULL OR ci1.since <= $as_of) AND (ci1.until IS NULL OR ci1.until > $as_of) AND ($binding = 'any' OR coalesce(ci1.binding, false) = ($binding = 'binding'))
          AND (ci2.since IS NULL OR ci2.since <= $as_of) AND (ci2.until IS NULL OR ci2.until > $as_of) AND ($binding = 'any' OR coalesce(ci2.binding, false) = ($binding = 'binding')) }
    ))
  OR ($via IN ['forum', 'any'] AND
      EXISTS { MATCH (s)-[cf1:RELATION {dataset: $dataset}]->(cff:Actor {dataset: $dataset})<-[cf2:RELATION {dataset: $dataset}]-(nb)
        WHERE cf1.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of'] AND cf2.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of'] AND cff.kind IN ['rcp', 'irf', 'rec', 'global_process', 'city_network']
          AND (cff.valid_from IS NULL OR cff.valid_from <= $as_of) AND (cff.valid_until IS NULL OR cff.valid_until > $as_of)
          AND (cf1.since IS NULL OR cf1.since <= $as_of) AND (cf1.until IS NULL OR cf1.until > $as_of) AND ($binding = 'any' OR coalesce(cf1.binding, false) = ($binding = 'binding'))
          AND (cf2.since IS NULL OR cf2.since <= $as_of) AND (cf2.until IS NULL OR cf2.until > $as_of) AND ($binding = 'any' OR coalesce(cf2.binding, false) = ($binding = 'binding')) })
)
RETURN 'neighbour-gap' AS rule, s.id AS subject, nb.id AS counterpart, nb.id AS topic
