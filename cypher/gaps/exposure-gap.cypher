// exposure-gap: core instruments a state's migration profile makes directly relevant, judged against the
// latest figure known on the date (a figure for year Y counts from Y-12-31):
//   refugee protection: refugees + asylum-seekers + others in need hosted >= $min_refugees, and party to none
//       of $refugee_instruments;
//   statelessness: stateless persons >= $min_stateless, and not party to every one of $statelessness_instruments;
//   migrant workers: emigrants or immigrants >= $min_migrants, and not party to every one of
//       $migrant_worker_instruments (one row listing them all).
// Instruments whose party table is known to be incomplete (parties_complete = false) are not judged.
// Mirrors govgraph.gaps.exposure.exposure_gap (rule "exposure-gap").
//
// Parameters
//   $dataset   the pushed dataset               $as_of    ISO date text (YYYY[-MM[-DD]])
//   $subject   a state id, or null for every state
//   $via       not used by this rule
//   $binding   any | binding | non-binding: which party ties count
//   $min_refugees, $min_stateless, $min_migrants: thresholds (10000, 1000, 500000)
//   $refugee_instruments, $statelessness_instruments, $migrant_worker_instruments: instrument ids
//   The profile series are the state's properties <indicator>_years and <indicator>_values (oldest first).
//   counterpart = null; topic = the group ('refugee protection', 'statelessness', 'migrant workers').
// Returns rows (rule, subject, counterpart, topic).
// Every variable name is used once: ArcadeDB mis-scopes a name reused inside EXISTS { }.
MATCH (s:GovGraph:Actor {dataset: $dataset, kind: 'state'})
WHERE ($subject IS NULL OR s.id = $subject)
  AND (s.valid_from IS NULL OR s.valid_from <= $as_of) AND (s.valid_until IS NULL OR s.valid_until > $as_of)
WITH s,
  reduce(v = null, a IN range(0, size(coalesce(s.refugees_hosted_years, [])) - 1) | CASE WHEN toString(s.refugees_hosted_years[a]) + '-12-31' <= $as_of THEN s.refugees_hosted_values[a] ELSE v END) AS rh,
  reduce(v = null, b IN range(0, size(coalesce(s.asylum_seekers_hosted_years, [])) - 1) | CASE WHEN toString(s.asylum_seekers_hosted_years[b]) + '-12-31' <= $as_of THEN s.asylum_seekers_hosted_values[b] ELSE v END) AS ash,
  reduce(v = null, c IN range(0, size(coalesce(s.others_in_need_hosted_years, [])) - 1) | CASE WHEN toString(s.others_in_need_hosted_years[c]) + '-12-31' <= $as_of THEN s.others_in_need_hosted_values[c] ELSE v END) AS oih,
  reduce(v = null, d IN range(0, size(coalesce(s.stateless_years, [])) - 1) | CASE WHEN toString(s.stateless_years[d]) + '-12-31' <= $as_of THEN s.stateless_values[d] ELSE v END) AS st,
  reduce(v = null, e IN range(0, size(coalesce(s.emigrant_stock_years, [])) - 1) | CASE WHEN toString(s.emigrant_stock_years[e]) + '-12-31' <= $as_of THEN s.emigrant_stock_values[e] ELSE v END) AS em,
  reduce(v = null, f IN range(0, size(coalesce(s.immigrant_stock_years, [])) - 1) | CASE WHEN toString(s.immigrant_stock_years[f]) + '-12-31' <= $as_of THEN s.immigrant_stock_values[f] ELSE v END) AS im
WITH s, [
  ['refugee protection', (rh IS NOT NULL OR ash IS NOT NULL OR oih IS NOT NULL) AND coalesce(rh, 0) + coalesce(ash, 0) + coalesce(oih, 0) >= $min_refugees, $refugee_instruments, 'any'],
  ['statelessness', st IS NOT NULL AND st >= $min_stateless, $statelessness_instruments, 'all'],
  ['migrant workers', coalesce(em, 0) >= $min_migrants OR coalesce(im, 0) >= $min_migrants, $migrant_worker_instruments, 'all']
] AS groups
UNWIND groups AS g
WITH s, g
WHERE g[1] = true
UNWIND g[2] AS inst_id
MATCH (i:Instrument {dataset: $dataset})
WHERE i.id = inst_id AND coalesce(i.parties_complete, true) = true
  AND (i.valid_from IS NULL OR i.valid_from <= $as_of) AND (i.valid_until IS NULL OR i.valid_until > $as_of)
WITH s, g, i,
  EXISTS { MATCH (s)-[pt:RELATION {dataset: $dataset, type: 'party_to'}]->(i)
    WHERE (pt.since IS NULL OR pt.since <= $as_of) AND (pt.until IS NULL OR pt.until > $as_of) AND ($binding = 'any' OR coalesce(pt.binding, false) = ($binding = 'binding')) } AS is_party
WITH s, g[0] AS topic, g[3] AS mode, collect(is_party) AS flags
WHERE (mode = 'any' AND NOT true IN flags) OR (mode = 'all' AND false IN flags)
RETURN 'exposure-gap' AS rule, s.id AS subject, null AS counterpart, topic
