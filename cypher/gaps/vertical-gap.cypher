// vertical-gap: cities and subnational actors of a state that act on migration (adopt, implement,
// endorse or are party to instruments, contest policies, sit in city networks) with no direct tie to the
// state or one of its national agencies; and any local actor that contests a policy.
// Mirrors govgraph.gaps.levels.vertical_gap (rule "vertical-gap").
//
// Parameters
//   $dataset   the pushed dataset               $as_of    ISO date text (YYYY[-MM[-DD]])
//   $subject   a state id, or null for every state
//   $via       direct | forum | any: which coordination counts (direct ties, shared forums, or either)
//   $binding   any | binding | non-binding: which ties count
//   $via is not used (the national-local tie is always a direct one); $binding filters that tie.
//   counterpart = topic = the local actor.
// A local actor without a tie is read from a missing tie, so it is reported only for a state whose city list
// is recorded as complete (state property coverage_cities); a contesting actor is always reported.
// Returns rows (rule, subject, counterpart, topic).
// Every variable name is used once: ArcadeDB mis-scopes a name reused inside EXISTS { }.
MATCH (s:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR s.id = $subject)
  AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_until IS NULL OR s.valid_until > $as_of)
MATCH (l:Actor {dataset: $dataset, level: 'local'})
WHERE l.country = s.id
  AND (l.valid_from IS NULL OR l.valid_from <= $as_of) AND (l.valid_until IS NULL OR l.valid_until > $as_of)
WITH s, l,
  EXISTS { MATCH (l)-[ct:RELATION {dataset: $dataset, type: 'contests'}]->(cv:GovGraph {dataset: $dataset})
    WHERE (ct.since IS NULL OR ct.since <= $as_of) AND (ct.until IS NULL OR ct.until > $as_of) AND (cv.valid_from IS NULL OR cv.valid_from <= $as_of) AND (cv.valid_until IS NULL OR cv.valid_until > $as_of) } AS contests,
  EXISTS { MATCH (l)-[at:RELATION {dataset: $dataset}]->(av:GovGraph {dataset: $dataset})
    WHERE (at.type IN ['adopted', 'implements', 'party_to', 'endorses', 'signatory_of', 'contests']
           OR (at.type = 'member_of' AND av.kind = 'city_network'))
      AND (at.since IS NULL OR at.since <= $as_of) AND (at.until IS NULL OR at.until > $as_of) AND (av.valid_from IS NULL OR av.valid_from <= $as_of) AND (av.valid_until IS NULL OR av.valid_until > $as_of) } AS acts,
  EXISTS { MATCH (l)-[nt:RELATION {dataset: $dataset}]-(nv:Actor {dataset: $dataset})
    WHERE (nv.id = s.id OR (nv.kind = 'national_agency' AND nv.country = s.id))
      AND nt.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of', 'coordinates_with', 'partners_with', 'funds']
      AND (nt.since IS NULL OR nt.since <= $as_of) AND (nt.until IS NULL OR nt.until > $as_of) AND ($binding = 'any' OR coalesce(nt.binding, false) = ($binding = 'binding'))
      AND (nv.valid_from IS NULL OR nv.valid_from <= $as_of) AND (nv.valid_until IS NULL OR nv.valid_until > $as_of) } AS tied
WHERE contests OR (acts AND NOT tied AND coalesce(s.coverage_cities, false) = true)
RETURN 'vertical-gap' AS rule, s.id AS subject, l.id AS counterpart, l.id AS topic
