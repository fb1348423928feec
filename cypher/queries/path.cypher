// Path between two actors: the shortest chain of relations in force on a date (any direction, up to 6 hops).
// Parameters: $dataset (default: govgraph), $as_of (default: today), $from and $to (actor ids).
// Returns the hops in order: from, relation type, to, binding, direction (vertical/horizontal), since.
// Example: govgraph neo4j query path.cypher --param from=PHL --param to=ARE
MATCH (a:GovGraph {dataset: $dataset, id: $from}), (b:GovGraph {dataset: $dataset, id: $to})
MATCH p = shortestPath((a)-[:RELATION*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.dataset = $dataset
                      AND (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until > $as_of))
  AND all(n IN nodes(p) WHERE (n.valid_from IS NULL OR n.valid_from <= $as_of)
                          AND (n.valid_until IS NULL OR n.valid_until > $as_of))
WITH p, relationships(p) AS rels
UNWIND range(0, size(rels) - 1) AS i
WITH i, nodes(p)[i] AS x, nodes(p)[i + 1] AS y, rels[i] AS r
RETURN i + 1 AS hop, x.id AS from, r.type AS relation, y.id AS to,
       CASE WHEN startNode(r) = x THEN 'forward' ELSE 'backward' END AS way,
       r.binding AS binding, r.direction AS direction, r.since AS since
ORDER BY hop
