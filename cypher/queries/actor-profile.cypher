// Actor profile: one actor (or instrument) with its ties in force on a date, grouped by relation type.
// Parameters: $dataset (default: govgraph), $as_of (default: today), $id (the actor id, e.g. 'PHL').
// Returns one row per relation type and direction: the tied nodes' ids and names, binding or not.
// Example: govgraph neo4j query actor-profile.cypher --param id=PHL
MATCH (a:GovGraph {dataset: $dataset, id: $id})
OPTIONAL MATCH (a)-[r:RELATION {dataset: $dataset}]-(other:GovGraph {dataset: $dataset})
WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until > $as_of)
  AND (other.valid_from IS NULL OR other.valid_from <= $as_of)
  AND (other.valid_until IS NULL OR other.valid_until > $as_of)
WITH a, r, other, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.level AS level, r.type AS relation, direction,
       count(other) AS ties, collect(other.id) AS ids, collect(other.name) AS names,
       sum(CASE WHEN r.binding THEN 1 ELSE 0 END) AS binding_ties
ORDER BY relation, direction
