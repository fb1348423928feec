// horizontal-gap: national agencies of a state with no coordination channel to any other national agency
// of the same state (whole-of-government coherence), under $via and $binding.
// Mirrors govgraph.gaps.levels.horizontal_gap (rule "horizontal-gap"); needs at least two agencies.
//
// Parameters
//   $dataset   the pushed dataset               $as_of    ISO date text (YYYY[-MM[-DD]])
//   $subject   a state id, or null for every state
//   $via       direct | forum | any: which coordination counts (direct ties, shared forums, or either)
//   $binding   any | binding | non-binding: which ties count
//   counterpart = topic = the agency.
// Read from a missing tie, so only for a state whose list of national agencies and coordination mechanisms is recorded as
// complete (state property coverage_<list>, from the coverage data); otherwise the in-memory rule adds a notice.
// Returns rows (rule, subject, counterpart, topic).
// Every variable name is used once: ArcadeDB mis-scopes a name reused inside EXISTS { }.
MATCH (s:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR s.id = $subject)
  AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_until IS NULL OR s.valid_until > $as_of)
  AND coalesce(s.coverage_national_agencies, false) = true AND coalesce(s.coverage_coordination_mechanisms, false) = true
MATCH (ag:Actor {dataset: $dataset, kind: 'national_agency'})
WHERE ag.country = s.id
  AND (ag.valid_from IS NULL OR ag.valid_from <= $as_of) AND (ag.valid_until IS NULL OR ag.valid_until > $as_of)
WITH s, collect(DISTINCT ag) AS agencies
WHERE size(agencies) >= 2
UNWIND agencies AS a
OPTIONAL MATCH (b:Actor {dataset: $dataset, kind: 'national_agency'})
WHERE b.country = s.id AND b.id <> a.id
  AND (b.valid_from IS NULL OR b.valid_from <= $as_of) AND (b.valid_until IS NULL OR b.valid_until > $as_of)
  AND (
  ($via IN ['direct', 'any'] AND (
      EXISTS { MATCH (a)-[cd:RELATION {dataset: $dataset}]-(b)
        WHERE cd.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of', 'coordinates_with', 'partners_with', 'funds']
          AND (cd.since IS NULL OR cd.since <= $as_of) AND (cd.until IS NULL OR cd.until > $as_of) AND ($binding = 'any' OR coalesce(cd.binding, false) = ($binding = 'binding')) }
      OR EXISTS { MATCH (a)-[cs1:RELATION {dataset: $dataset}]->(csf:Actor {dataset: $dataset})<-[cs2:RELATION {dataset: $dataset}]-(b)
        WHERE cs1.type IN ['secretariat_of', 'chairs'] AND cs2.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of'] AND csf.kind IN ['rcp', 'irf', 'rec', 'global_process', 'city_network']
          AND (csf.valid_from IS NULL OR csf.valid_from <= $as_of) AND (csf.valid_until IS NULL OR csf.valid_until > $as_of)
          AND (cs1.since IS NULL OR cs1.since <= $as_of) AND (cs1.until IS NULL OR cs1.until > $as_of) AND ($binding = 'any' OR coalesce(cs1.binding, false) = ($binding = 'binding'))
          AND (cs2.since IS NULL OR cs2.since <= $as_of) AND (cs2.until IS NULL OR cs2.until > $as_of) AND ($binding = 'any' OR coalesce(cs2.binding, false) = ($binding = 'binding')) }
      OR EXISTS { MATCH (b)-[ct1:RELATION {dataset: $dataset}]->(ctf:Actor {dataset: $dataset})<-[ct2:RELATION {dataset: $dataset}]-(a)
        WHERE ct1.type IN ['secretariat_of', 'chairs'] AND ct2.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of'] AND ctf.kind IN ['rcp', 'irf', 'rec', 'global_process', 'city_network']
          AND (ctf.valid_from IS NULL OR ctf.valid_from <= $as_of) AND (ctf.valid_until IS NULL OR ctf.valid_until > $as_of)
          AND (ct1.since IS NULL OR ct1.since <= $as_of) AND (ct1.until IS NULL OR ct1.until > $as_of) AND ($binding = 'any' OR coalesce(ct1.binding, false) = ($binding = 'binding'))
          AND (ct2.since IS NULL OR ct2.since <= $as_of) AND (ct2.until IS NULL OR ct2.until > $as_of) AND ($binding = 'any' OR coalesce(ct2.binding, false) = ($binding = 'binding')) }
      OR EXISTS { MATCH (a)-[ci1:RELATION {dataset: $dataset}]->(cbi:Instrument {dataset: $dataset, scope: 'bilateral'})<-[ci2:RELATION {dataset: $dataset}]-(b)
        WHERE ci1.type IN ['party_to', 'signatory_of', 'endorses'] AND ci2.type IN ['party_to', 'signatory_of', 'endorses']
          AND (cbi.valid_from IS NULL OR cbi.valid_from <= $as_of) AND (cbi.valid_until IS NULL OR cbi.valid_until > $as_of)
          AND (ci1.since IS NULL OR ci1.since <= $as_of) AND (ci1.until IS NULL OR ci1.until > $as_of) AND ($binding = 'any' OR coalesce(ci1.binding, false) = ($binding = 'binding'))
          AND (ci2.since IS NULL OR ci2.since <= $as_of) AND (ci2.until IS NULL OR ci2.until > $as_of) AND ($binding = 'any' OR coalesce(ci2.binding, false) = ($binding = 'binding')) }
    ))
  OR ($via IN ['forum', 'any'] AND
      EXISTS { MATCH (a)-[cf1:RELATION {dataset: $dataset}]->(cff:Actor {dataset: $dataset})<-[cf2:RELATION {dataset: $dataset}]-(b)
        WHERE cf1.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of'] AND cf2.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of'] AND cff.kind IN ['rcp', 'irf', 'rec', 'global_process', 'city_network']
          AND (cff.valid_from IS NULL OR cff.valid_from <= $as_of) AND (cff.valid_until IS NULL OR cff.valid_until > $as_of)
          AND (cf1.since IS NULL OR cf1.since <= $as_of) AND (cf1.until IS NULL OR cf1.until > $as_of) AND ($binding = 'any' OR coalesce(cf1.binding, false) = ($binding = 'binding'))
          AND (cf2.since IS NULL OR cf2.since <= $as_of) AND (cf2.until IS NULL OR cf2.until > $as_of) AND ($binding = 'any' OR coalesce(cf2.binding, false) = ($binding = 'binding')) })
)
WITH s, a, count(b) AS linked
WHERE linked = 0
RETURN 'horizontal-gap' AS rule, s.id AS subject, a.id AS counterpart, a.id AS topic
