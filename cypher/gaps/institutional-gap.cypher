// institutional-gap: global bodies (IOM, GFMD, UN Network on Migration by default) that at least
// $min_share of all states have a direct tie with, and the state has none.
// Mirrors govgraph.gaps.levels.institutional_gap (rule "institutional-gap").
//
// Parameters
//   $dataset   the pushed dataset               $as_of    ISO date text (YYYY[-MM[-DD]])
//   $subject   a state id, or null for every state
//   $via       direct | forum | any: which coordination counts (direct ties, shared forums, or either)
//   $binding   any | binding | non-binding: which ties count
//   $via is not used (ties to the anchors are direct ones); $binding filters them.
//   $anchors    ids of the global bodies (default ['iom', 'gfmd', 'un-network-on-migration'])
//   $min_share  share of states tied to an anchor above which every state is expected to be (default 0.5)
//   counterpart = topic = the anchor.
// Returns rows (rule, subject, counterpart, topic).
// Every variable name is used once: ArcadeDB mis-scopes a name reused inside EXISTS { }.
MATCH (st:Actor {dataset: $dataset, kind: 'state'})
WHERE (st.valid_from IS NULL OR st.valid_from <= $as_of) AND (st.valid_until IS NULL OR st.valid_until > $as_of)
WITH count(st) AS n_states
UNWIND $anchors AS anchor_id
MATCH (an:GovGraph {dataset: $dataset})
WHERE an.id = anchor_id AND NOT an:Corridor
  AND (an.valid_from IS NULL OR an.valid_from <= $as_of) AND (an.valid_until IS NULL OR an.valid_until > $as_of)
CALL {
  WITH an
  OPTIONAL MATCH (tied:Actor {dataset: $dataset, kind: 'state'})-[tt:RELATION {dataset: $dataset}]-(an)
  WHERE tt.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of', 'coordinates_with', 'partners_with', 'funds']
    AND (tt.since IS NULL OR tt.since <= $as_of) AND (tt.until IS NULL OR tt.until > $as_of) AND ($binding = 'any' OR coalesce(tt.binding, false) = ($binding = 'binding'))
    AND (tied.valid_from IS NULL OR tied.valid_from <= $as_of) AND (tied.valid_until IS NULL OR tied.valid_until > $as_of)
  RETURN count(DISTINCT tied) AS n_tied
}
WITH an, n_states, n_tied
WHERE n_states > 0 AND toFloat(n_tied) / n_states >= $min_share
MATCH (s:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR s.id = $subject)
  AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_until IS NULL OR s.valid_until > $as_of)
  AND NOT EXISTS { MATCH (s)-[sd:RELATION {dataset: $dataset}]-(an)
    WHERE sd.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of', 'coordinates_with', 'partners_with', 'funds']
      AND (sd.since IS NULL OR sd.since <= $as_of) AND (sd.until IS NULL OR sd.until > $as_of) AND ($binding = 'any' OR coalesce(sd.binding, false) = ($binding = 'binding')) }
RETURN 'institutional-gap' AS rule, s.id AS subject, an.id AS counterpart, an.id AS topic
