// rejection-gap: a state's stated rejections and standing exits:
//   (a) it voted against, abstained on or did not vote on an instrument (the GCM, A/RES/73/195; the GCR,
//       A/RES/73/151), unless, for not voting, it endorses the instrument on the date;
//   (b) it withdrew from a body (a global process, an IGO, a regional body) and does not belong to it
//       again on the date (no member_of, associate_of or participates_in tie in force).
// Mirrors govgraph.gaps.rejection.rejection_gap (rule "rejection-gap").
//
// Parameters
//   $dataset   the pushed dataset               $as_of    ISO date text (YYYY[-MM[-DD]])
//   $subject   a state id, or null for every state
//   $via       not used by this rule
//   $binding   any | binding | non-binding: which vote ties count ((a) only; exits are never filtered)
//   (a) counterpart = topic = the instrument; (b) counterpart = the body, topic = 'withdrawal'.
// Returns rows (rule, subject, counterpart, topic).
// Every variable name is used once: ArcadeDB mis-scopes a name reused inside EXISTS { }.
MATCH (sa:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR sa.id = $subject)
  AND (sa.valid_from IS NULL OR sa.valid_from <= $as_of) AND (sa.valid_until IS NULL OR sa.valid_until > $as_of)
MATCH (sa)-[va:RELATION {dataset: $dataset}]->(ia:Instrument {dataset: $dataset})
WHERE va.type IN ['voted_against', 'abstained', 'did_not_vote']
  AND (va.since IS NULL OR va.since <= $as_of) AND (va.until IS NULL OR va.until > $as_of) AND ($binding = 'any' OR coalesce(va.binding, false) = ($binding = 'binding'))
  AND (ia.valid_from IS NULL OR ia.valid_from <= $as_of) AND (ia.valid_until IS NULL OR ia.valid_until > $as_of)
  // not voting is answered by a later endorsement in force on the date
  AND (va.type <> 'did_not_vote' OR NOT EXISTS {
    MATCH (sa)-[ea:RELATION {dataset: $dataset, type: 'endorses'}]->(ia)
    WHERE (ea.since IS NULL OR ea.since <= $as_of) AND (ea.until IS NULL OR ea.until > $as_of)
      AND ($binding = 'any' OR coalesce(ea.binding, false) = ($binding = 'binding')) })
RETURN DISTINCT 'rejection-gap' AS rule, sa.id AS subject, ia.id AS counterpart, ia.id AS topic
UNION
MATCH (sb:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR sb.id = $subject)
  AND (sb.valid_from IS NULL OR sb.valid_from <= $as_of) AND (sb.valid_until IS NULL OR sb.valid_until > $as_of)
MATCH (sb)-[wb:RELATION {dataset: $dataset, type: 'withdrew_from'}]->(bb:Actor {dataset: $dataset})
WHERE (wb.since IS NULL OR wb.since <= $as_of) AND (wb.until IS NULL OR wb.until > $as_of)
  AND (bb.valid_from IS NULL OR bb.valid_from <= $as_of) AND (bb.valid_until IS NULL OR bb.valid_until > $as_of)
  AND NOT EXISTS { MATCH (sb)-[mb:RELATION {dataset: $dataset}]->(bb)
    WHERE mb.type IN ['member_of', 'associate_of', 'participates_in']
      AND (mb.since IS NULL OR mb.since <= $as_of) AND (mb.until IS NULL OR mb.until > $as_of) }
RETURN DISTINCT 'rejection-gap' AS rule, sb.id AS subject, bb.id AS counterpart, 'withdrawal' AS topic
