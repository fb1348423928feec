// society-gap: sector groups (civil society, diaspora, private sector) with which neither a state nor its
// national agencies has a direct tie, where the data shows the group matters: actors of the group based in
// the state, or other states engaging the group.
// Mirrors govgraph.gaps.levels.society_gap (rule "society-gap").
//
// Parameters
//   $dataset   the pushed dataset               $as_of    ISO date text (YYYY[-MM[-DD]])
//   $subject   a state id, or null for every state
//   $via       direct | forum | any: which coordination counts (direct ties, shared forums, or either)
//   $binding   any | binding | non-binding: which ties count
//   $via is not used (engagement is a direct tie); $binding filters the ties.
//   counterpart = the group's actor based in the state with most ties (ties broken by
//   lowest id), or null; topic = the group name.
// Read from a missing tie, so only for a state whose list of civil-society actors is recorded as
// complete (state property coverage_<list>, from the coverage data); otherwise the in-memory rule adds a notice.
// Returns rows (rule, subject, counterpart, topic).
// Every variable name is used once: ArcadeDB mis-scopes a name reused inside EXISTS { }.
MATCH (s:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR s.id = $subject)
  AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_until IS NULL OR s.valid_until > $as_of)
  AND coalesce(s.coverage_csos, false) = true
UNWIND [['civil society', ['ngo', 'migrant_association', 'faith_based', 'trade_union', 'foundation', 'academia']],
        ['diaspora', ['diaspora']],
        ['private sector', ['private_sector', 'employer']]] AS grp
WITH s, grp[0] AS grp_name, grp[1] AS sectors
MATCH (n:GovGraph {dataset: $dataset, kind: 'cso'})
WHERE n.sector IN sectors
  AND (n.valid_from IS NULL OR n.valid_from <= $as_of) AND (n.valid_until IS NULL OR n.valid_until > $as_of)
WITH s, grp_name, collect(n) AS members
CALL {
  WITH s, members
  UNWIND members AS m1
  MATCH (m1)-[ed:RELATION {dataset: $dataset}]-(x:Actor {dataset: $dataset})
  WHERE (x.id = s.id OR (x.kind = 'national_agency' AND x.country = s.id))
    AND ed.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of', 'coordinates_with', 'partners_with', 'funds']
    AND (ed.since IS NULL OR ed.since <= $as_of) AND (ed.until IS NULL OR ed.until > $as_of) AND ($binding = 'any' OR coalesce(ed.binding, false) = ($binding = 'binding'))
    AND (x.valid_from IS NULL OR x.valid_from <= $as_of) AND (x.valid_until IS NULL OR x.valid_until > $as_of)
  RETURN count(x) AS engaged
}
WITH s, grp_name, members, engaged
WHERE engaged = 0
CALL {
  WITH members
  UNWIND members AS m2
  MATCH (m2)-[eg:RELATION {dataset: $dataset}]-(st:Actor {dataset: $dataset, kind: 'state'})
  WHERE eg.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of', 'coordinates_with', 'partners_with', 'funds']
    AND (eg.since IS NULL OR eg.since <= $as_of) AND (eg.until IS NULL OR eg.until > $as_of) AND ($binding = 'any' OR coalesce(eg.binding, false) = ($binding = 'binding'))
    AND (st.valid_from IS NULL OR st.valid_from <= $as_of) AND (st.valid_until IS NULL OR st.valid_until > $as_of)
  RETURN count(st) AS engaging
}
CALL {
  WITH s, members
  UNWIND members AS m3
  WITH s, m3
  WHERE m3.country = s.id
  WITH m3, COUNT { MATCH (m3)-[dg:RELATION {dataset: $dataset}]-(y:GovGraph {dataset: $dataset})
    WHERE (dg.since IS NULL OR dg.since <= $as_of) AND (dg.until IS NULL OR dg.until > $as_of) AND (y.valid_from IS NULL OR y.valid_from <= $as_of) AND (y.valid_until IS NULL OR y.valid_until > $as_of) } AS degree
  ORDER BY degree DESC, m3.id ASC
  RETURN collect(m3.id) AS home
}
WITH s, grp_name, home, engaging
WHERE size(home) > 0 OR engaging > 0
RETURN 'society-gap' AS rule, s.id AS subject, home[0] AS counterpart, grp_name AS topic
