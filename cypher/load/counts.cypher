// Node and relationship counts of a dataset.
// Parameters: $dataset.
MATCH (n:GovGraph {dataset: $dataset})
WITH count(n) AS nodes
OPTIONAL MATCH (:GovGraph {dataset: $dataset})-[r:RELATION {dataset: $dataset}]->(:GovGraph {dataset: $dataset})
RETURN nodes, count(r) AS relationships
