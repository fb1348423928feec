// Members of a forum (REC, RCP, IRF, global process, city network) as of a date, with observers and chairs.
// Parameters: $dataset (default: govgraph), $as_of (default: today), $forum (the forum id, e.g. 'ecowas').
// Returns one row per member: id, name, kind, tie (member_of, observer_of, ...), since, binding.
// Example: govgraph neo4j query forum-members.cypher --param forum=ecowas --as-of 2024-06-01
MATCH (f:GovGraph {dataset: $dataset, id: $forum})
MATCH (m:GovGraph {dataset: $dataset})-[r:RELATION {dataset: $dataset}]->(f)
WHERE r.type IN ['member_of', 'observer_of', 'associate_of', 'participates_in', 'chairs', 'secretariat_of']
  AND (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until > $as_of)
  AND (m.valid_from IS NULL OR m.valid_from <= $as_of) AND (m.valid_until IS NULL OR m.valid_until > $as_of)
RETURN m.id AS id, m.name AS name, m.kind AS kind, r.type AS tie, r.since AS since, r.binding AS binding
ORDER BY tie, id
