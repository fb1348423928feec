// commitment-gap: binding instruments a state's own commitments lead one to expect it to be party to:
//   (a) it endorses a non-binding instrument on a core policy area, and is party to none of the binding
//       global instruments on that area: the counterpart is the one of them with most parties (then highest id);
//   (b) it is a member of a REC that adopted a binding free-movement instrument (one that supplements no
//       other) in force on the date, and is not party to it;
//   (c) it is party to an instrument that supplements a binding one (a protocol and its convention) and is
//       not party to that parent.
//   (d) it is party to an instrument with a reservation that narrows the commitment (reservations
//       geographical_limitation, excluded_annexes, article_reservations or territorial_exclusion).
// An instrument whose party table is known to be incomplete (parties_complete = false) is never read as
// "not a party": (a) needs every covering table complete; (b) and (c) skip such an instrument.
// Mirrors govgraph.gaps.commitment.commitment_gap (rule "commitment-gap").
//
// Parameters
//   $dataset   the pushed dataset               $as_of    ISO date text (YYYY[-MM[-DD]])
//   $subject   a state id, or null for every state
//   $via       direct | forum | any: which coordination counts (direct ties, shared forums, or either)
//   $binding   any | binding | non-binding: which ties count
//   $via is not used; $binding filters the endorsement, membership and party ties.
//   $core_areas  policy areas for (a) (default the six core areas of the rule)
//   counterpart = topic = the instrument.
// Returns rows (rule, subject, counterpart, topic).
// Every variable name is used once: ArcadeDB mis-scopes a name reused inside EXISTS { }.
MATCH (sa:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR sa.id = $subject)
  AND (sa.valid_from IS NULL OR sa.valid_from <= $as_of) AND (sa.valid_until IS NULL OR sa.valid_until > $as_of)
MATCH (sa)-[ea:RELATION {dataset: $dataset, type: 'endorses'}]->(ia:Instrument {dataset: $dataset})
WHERE NOT coalesce(ia.binding, false)
  AND (ea.since IS NULL OR ea.since <= $as_of) AND (ea.until IS NULL OR ea.until > $as_of) AND ($binding = 'any' OR coalesce(ea.binding, false) = ($binding = 'binding'))
  AND (ia.valid_from IS NULL OR ia.valid_from <= $as_of) AND (ia.valid_until IS NULL OR ia.valid_until > $as_of)
UNWIND coalesce(ia.policy_areas, []) AS area
WITH DISTINCT sa, area
WHERE area IN $core_areas
MATCH (ba:Instrument {dataset: $dataset, scope: 'global'})
WHERE ba.binding = true AND area IN coalesce(ba.policy_areas, [])
  AND (ba.valid_from IS NULL OR ba.valid_from <= $as_of) AND (ba.valid_until IS NULL OR ba.valid_until > $as_of)
CALL {
  WITH ba
  OPTIONAL MATCH (pa:GovGraph {dataset: $dataset})-[pta:RELATION {dataset: $dataset, type: 'party_to'}]->(ba)
  WHERE (pta.since IS NULL OR pta.since <= $as_of) AND (pta.until IS NULL OR pta.until > $as_of) AND ($binding = 'any' OR coalesce(pta.binding, false) = ($binding = 'binding'))
    AND (pa.valid_from IS NULL OR pa.valid_from <= $as_of) AND (pa.valid_until IS NULL OR pa.valid_until > $as_of)
  RETURN count(DISTINCT pa) AS parties
}
WITH sa, area, ba, parties,
  EXISTS { MATCH (sa)-[spa:RELATION {dataset: $dataset, type: 'party_to'}]->(ba)
    WHERE (spa.since IS NULL OR spa.since <= $as_of) AND (spa.until IS NULL OR spa.until > $as_of) AND ($binding = 'any' OR coalesce(spa.binding, false) = ($binding = 'binding')) } AS is_party
ORDER BY parties DESC, ba.id DESC
WITH sa, area, collect(ba.id) AS covering, collect(is_party) AS party_flags,
  collect(coalesce(ba.parties_complete, true)) AS complete_flags
WHERE NOT true IN party_flags AND NOT false IN complete_flags
RETURN 'commitment-gap' AS rule, sa.id AS subject, covering[0] AS counterpart, covering[0] AS topic
UNION
MATCH (sb:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR sb.id = $subject)
  AND (sb.valid_from IS NULL OR sb.valid_from <= $as_of) AND (sb.valid_until IS NULL OR sb.valid_until > $as_of)
MATCH (sb)-[tb:RELATION {dataset: $dataset, type: 'member_of'}]->(fb:Actor {dataset: $dataset, kind: 'rec'})
WHERE (tb.since IS NULL OR tb.since <= $as_of) AND (tb.until IS NULL OR tb.until > $as_of) AND ($binding = 'any' OR coalesce(tb.binding, false) = ($binding = 'binding'))
  AND (fb.valid_from IS NULL OR fb.valid_from <= $as_of) AND (fb.valid_until IS NULL OR fb.valid_until > $as_of)
WITH DISTINCT sb, fb
MATCH (fb)-[adb:RELATION {dataset: $dataset, type: 'adopted'}]->(ib:Instrument {dataset: $dataset})
WHERE ib.binding = true AND 'free_movement' IN coalesce(ib.policy_areas, []) AND coalesce(ib.parties_complete, true)
  AND ib.in_force IS NOT NULL AND ib.in_force <= $as_of
  AND (adb.since IS NULL OR adb.since <= $as_of) AND (adb.until IS NULL OR adb.until > $as_of)
  AND (ib.valid_from IS NULL OR ib.valid_from <= $as_of) AND (ib.valid_until IS NULL OR ib.valid_until > $as_of)
  AND NOT EXISTS { MATCH (ib)-[sub:RELATION {dataset: $dataset, type: 'supplements'}]->(pb:GovGraph {dataset: $dataset})
    WHERE (sub.since IS NULL OR sub.since <= $as_of) AND (sub.until IS NULL OR sub.until > $as_of) AND (pb.valid_from IS NULL OR pb.valid_from <= $as_of) AND (pb.valid_until IS NULL OR pb.valid_until > $as_of) }
  AND NOT EXISTS { MATCH (sb)-[spb:RELATION {dataset: $dataset, type: 'party_to'}]->(ib)
    WHERE (spb.since IS NULL OR spb.since <= $as_of) AND (spb.until IS NULL OR spb.until > $as_of) AND ($binding = 'any' OR coalesce(spb.binding, false) = ($binding = 'binding')) }
RETURN 'commitment-gap' AS rule, sb.id AS subject, ib.id AS counterpart, ib.id AS topic
UNION
MATCH (sc:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR sc.id = $subject)
  AND (sc.valid_from IS NULL OR sc.valid_from <= $as_of) AND (sc.valid_until IS NULL OR sc.valid_until > $as_of)
MATCH (sc)-[pc:RELATION {dataset: $dataset, type: 'party_to'}]->(ic:Instrument {dataset: $dataset})
WHERE (pc.since IS NULL OR pc.since <= $as_of) AND (pc.until IS NULL OR pc.until > $as_of) AND ($binding = 'any' OR coalesce(pc.binding, false) = ($binding = 'binding'))
  AND (ic.valid_from IS NULL OR ic.valid_from <= $as_of) AND (ic.valid_until IS NULL OR ic.valid_until > $as_of)
MATCH (ic)-[supc:RELATION {dataset: $dataset, type: 'supplements'}]->(parent:GovGraph {dataset: $dataset})
WHERE parent.binding = true AND coalesce(parent.parties_complete, true)
  AND (supc.since IS NULL OR supc.since <= $as_of) AND (supc.until IS NULL OR supc.until > $as_of)
  AND (parent.valid_from IS NULL OR parent.valid_from <= $as_of) AND (parent.valid_until IS NULL OR parent.valid_until > $as_of)
  AND NOT EXISTS { MATCH (sc)-[ppc:RELATION {dataset: $dataset, type: 'party_to'}]->(parent)
    WHERE (ppc.since IS NULL OR ppc.since <= $as_of) AND (ppc.until IS NULL OR ppc.until > $as_of) AND ($binding = 'any' OR coalesce(ppc.binding, false) = ($binding = 'binding')) }
RETURN 'commitment-gap' AS rule, sc.id AS subject, parent.id AS counterpart, parent.id AS topic
UNION
MATCH (sd:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR sd.id = $subject)
  AND (sd.valid_from IS NULL OR sd.valid_from <= $as_of) AND (sd.valid_until IS NULL OR sd.valid_until > $as_of)
MATCH (sd)-[pd:RELATION {dataset: $dataset, type: 'party_to'}]->(ird:Instrument {dataset: $dataset})
WHERE (pd.since IS NULL OR pd.since <= $as_of) AND (pd.until IS NULL OR pd.until > $as_of) AND ($binding = 'any' OR coalesce(pd.binding, false) = ($binding = 'binding'))
  AND (ird.valid_from IS NULL OR ird.valid_from <= $as_of) AND (ird.valid_until IS NULL OR ird.valid_until > $as_of)
  AND any(rk IN coalesce(pd.reservations, []) WHERE rk IN ['geographical_limitation', 'excluded_annexes', 'article_reservations', 'territorial_exclusion'])
RETURN 'commitment-gap' AS rule, sd.id AS subject, ird.id AS counterpart, ird.id AS topic
