// forum-gap: a state outside a REC or RCP that most of its land neighbours or subregional peers belong to
// (inter-regional forums set no expectation on neighbours).
// Mirrors govgraph.gaps.structural.forum_gap (rule "forum-gap").
//
// Parameters
//   $dataset   the pushed dataset            $subject  a state id, or null for every state
//   $as_of     ISO date text (YYYY[-MM[-DD]]) $binding  any | binding | non-binding (which ties count)
//   $via       not used by this rule
//   $neighbour_share (0.5), $min_neighbour_members (2): the forum counts when at least this many and this
//              share of the land neighbours are members;
//   $subregion_share (0.6), $min_subregion_members (3): the same for the other states of the subregion,
//              counted only when the state has no land neighbour or at least one neighbour is a member.
// Returns rows (rule, subject, counterpart, topic): counterpart = topic = the forum.
// Every variable name is used once: ArcadeDB mis-scopes a name reused inside EXISTS { }.
// Observers, chairs and secretariats count as inside; only member_of ties count as members. A body the
// state is bound to by a free-movement agreement both are party to (the EEA) sets no expectation, and
// one it withdrew from is left to rejection-gap.
MATCH (s:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR s.id = $subject)
  AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_until IS NULL OR s.valid_until > $as_of)
CALL {
  WITH s
  OPTIONAL MATCH (nb:GovGraph {dataset: $dataset})
  WHERE nb.id IN coalesce(s.borders, [])
    AND (nb.valid_from IS NULL OR nb.valid_from <= $as_of) AND (nb.valid_until IS NULL OR nb.valid_until > $as_of)
  RETURN collect(DISTINCT nb) AS neighbours
}
CALL {
  WITH s
  OPTIONAL MATCH (p:Actor {dataset: $dataset, kind: 'state'})
  WHERE s.subregion IS NOT NULL AND p.subregion = s.subregion AND p.id <> s.id
    AND (p.valid_from IS NULL OR p.valid_from <= $as_of) AND (p.valid_until IS NULL OR p.valid_until > $as_of)
  RETURN collect(DISTINCT p) AS peers
}
WITH s, neighbours, peers
UNWIND neighbours + peers AS other
// candidate forums: those a neighbour or peer sits in
MATCH (other)-[t:RELATION {dataset: $dataset}]->(f:Actor {dataset: $dataset})
WHERE t.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of']
  AND f.kind IN ['rec', 'rcp']
  AND (t.since IS NULL OR t.since <= $as_of) AND (t.until IS NULL OR t.until > $as_of)
  AND ($binding = 'any' OR coalesce(t.binding, false) = ($binding = 'binding'))
  AND (f.valid_from IS NULL OR f.valid_from <= $as_of) AND (f.valid_until IS NULL OR f.valid_until > $as_of)
WITH DISTINCT s, neighbours, peers, f
// ... that the subject may join (a body open only to the members of another: the subject is one of them)
WHERE (f.open_to IS NULL OR EXISTS {
  MATCH (s)-[elig:RELATION {dataset: $dataset, type: 'member_of'}]->(eb:Actor {dataset: $dataset})
  WHERE eb.id = f.open_to
    AND (elig.since IS NULL OR elig.since <= $as_of) AND (elig.until IS NULL OR elig.until > $as_of)
    AND ($binding = 'any' OR coalesce(elig.binding, false) = ($binding = 'binding'))
})
// ... and that the subject is not inside
AND NOT EXISTS {
  MATCH (s)-[own:RELATION {dataset: $dataset}]->(f)
  WHERE own.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of']
    AND (own.since IS NULL OR own.since <= $as_of) AND (own.until IS NULL OR own.until > $as_of)
    AND ($binding = 'any' OR coalesce(own.binding, false) = ($binding = 'binding'))
}
// ... and that the subject is not bound to by a free-movement agreement both are party to (CHE-EU, the EEA)
AND NOT EXISTS {
  MATCH (s)-[sp:RELATION {dataset: $dataset, type: 'party_to'}]->(agr:Instrument {dataset: $dataset})
        <-[fp:RELATION {dataset: $dataset, type: 'party_to'}]-(f)
  WHERE 'free_movement' IN coalesce(agr.policy_areas, [])
    AND (sp.since IS NULL OR sp.since <= $as_of) AND (sp.until IS NULL OR sp.until > $as_of)
    AND ($binding = 'any' OR coalesce(sp.binding, false) = ($binding = 'binding'))
    AND (fp.since IS NULL OR fp.since <= $as_of) AND (fp.until IS NULL OR fp.until > $as_of)
    AND ($binding = 'any' OR coalesce(fp.binding, false) = ($binding = 'binding'))
    AND (agr.valid_from IS NULL OR agr.valid_from <= $as_of) AND (agr.valid_until IS NULL OR agr.valid_until > $as_of)
}
// ... and that the subject did not withdraw from (rejection-gap reports a withdrawal as such, not twice)
AND NOT EXISTS {
  MATCH (s)-[wd:RELATION {dataset: $dataset, type: 'withdrew_from'}]->(f)
  WHERE (wd.since IS NULL OR wd.since <= $as_of) AND (wd.until IS NULL OR wd.until > $as_of)
}
OPTIONAL MATCH (m:GovGraph {dataset: $dataset})-[mt:RELATION {dataset: $dataset}]->(f)
WHERE mt.type = 'member_of'
  AND (mt.since IS NULL OR mt.since <= $as_of) AND (mt.until IS NULL OR mt.until > $as_of)
  AND ($binding = 'any' OR coalesce(mt.binding, false) = ($binding = 'binding'))
  AND (m.valid_from IS NULL OR m.valid_from <= $as_of) AND (m.valid_until IS NULL OR m.valid_until > $as_of)
WITH s, neighbours, peers, f, collect(DISTINCT m.id) AS members
WITH s, f, size(neighbours) AS n_all, size(peers) AS s_all,
     size([x IN neighbours WHERE x.id IN members]) AS n_members,
     size([x IN peers WHERE x.id IN members]) AS s_members
WITH s, f, n_all, n_members, s_members,
     CASE WHEN n_all > 0 THEN toFloat(n_members) / n_all ELSE 0.0 END AS n_share,
     CASE WHEN s_all > 0 THEN toFloat(s_members) / s_all ELSE 0.0 END AS s_share
WHERE (n_members >= $min_neighbour_members AND n_share >= $neighbour_share)
   OR (s_members >= $min_subregion_members AND s_share >= $subregion_share AND (n_all = 0 OR n_members > 0))
RETURN 'forum-gap' AS rule, s.id AS subject, f.id AS counterpart, f.id AS topic
