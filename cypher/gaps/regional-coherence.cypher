// regional-coherence: for a REC, RCP or IRF, the members that are not party to a binding instrument
// the body itself adopted or that its themes call for (theme_instruments); only state members are judged (one row per member and instrument); an instrument whose party table is known
// to be incomplete (parties_complete = false) is skipped: a missing party is unknown, not "not a party".
// Mirrors govgraph.gaps.commitment.regional_coherence (rule "regional-coherence").
//
// Parameters
//   $dataset   the pushed dataset               $as_of    ISO date text (YYYY[-MM[-DD]])
//   $subject   a REC/RCP/IRF id, or null for every one
//   $binding   any | binding | non-binding: which membership and party ties count
//   $via       not used by this rule
// Also the states that withdrew from the body and do not belong to it again on the date
// (topic = 'withdrawal'; membership filters are not applied to exits).
// Returns rows (rule, subject, counterpart, topic): counterpart = the member; topic = the instrument.
// Every variable name is used once: ArcadeDB mis-scopes a name reused inside EXISTS { }.
MATCH (s:GovGraph:Actor {dataset: $dataset})
WHERE s.kind IN ['rec', 'rcp', 'irf'] AND ($subject IS NULL OR s.id = $subject)
  AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_until IS NULL OR s.valid_until > $as_of)
MATCH (i:Instrument {dataset: $dataset})
WHERE i.binding = true AND coalesce(i.parties_complete, true)
  AND (i.valid_from IS NULL OR i.valid_from <= $as_of) AND (i.valid_until IS NULL OR i.valid_until > $as_of)
  AND (i.id IN coalesce(s.theme_instruments, [])
       OR EXISTS { MATCH (s)-[ad:RELATION {dataset: $dataset, type: 'adopted'}]->(i)
                   WHERE (ad.since IS NULL OR ad.since <= $as_of) AND (ad.until IS NULL OR ad.until > $as_of) })
WITH DISTINCT s, i
MATCH (m:Actor {dataset: $dataset, kind: 'state'})-[mt:RELATION {dataset: $dataset, type: 'member_of'}]->(s)
WHERE (mt.since IS NULL OR mt.since <= $as_of) AND (mt.until IS NULL OR mt.until > $as_of) AND ($binding = 'any' OR coalesce(mt.binding, false) = ($binding = 'binding'))
  AND (m.valid_from IS NULL OR m.valid_from <= $as_of) AND (m.valid_until IS NULL OR m.valid_until > $as_of)
WITH DISTINCT s, i, m
WHERE NOT EXISTS {
  MATCH (m)-[pt:RELATION {dataset: $dataset, type: 'party_to'}]->(i)
  WHERE (pt.since IS NULL OR pt.since <= $as_of) AND (pt.until IS NULL OR pt.until > $as_of) AND ($binding = 'any' OR coalesce(pt.binding, false) = ($binding = 'binding'))
}
RETURN 'regional-coherence' AS rule, s.id AS subject, m.id AS counterpart, i.id AS topic
UNION
MATCH (sw:GovGraph:Actor {dataset: $dataset})
WHERE sw.kind IN ['rec', 'rcp', 'irf'] AND ($subject IS NULL OR sw.id = $subject)
  AND (sw.valid_from IS NULL OR sw.valid_from <= $as_of) AND (sw.valid_until IS NULL OR sw.valid_until > $as_of)
MATCH (w:Actor {dataset: $dataset})-[wt:RELATION {dataset: $dataset, type: 'withdrew_from'}]->(sw)
WHERE (wt.since IS NULL OR wt.since <= $as_of) AND (wt.until IS NULL OR wt.until > $as_of)
  AND (w.valid_from IS NULL OR w.valid_from <= $as_of) AND (w.valid_until IS NULL OR w.valid_until > $as_of)
  AND NOT EXISTS { MATCH (w)-[bt:RELATION {dataset: $dataset}]->(sw)
    WHERE bt.type IN ['member_of', 'associate_of', 'participates_in']
      AND (bt.since IS NULL OR bt.since <= $as_of) AND (bt.until IS NULL OR bt.until > $as_of) }
RETURN DISTINCT 'regional-coherence' AS rule, sw.id AS subject, w.id AS counterpart, 'withdrawal' AS topic
