// Every relation of a dataset with its properties (to read the graph back).
// Parameters: $dataset.
MATCH (a:GovGraph {dataset: $dataset})-[r:RELATION {dataset: $dataset}]->(b:GovGraph {dataset: $dataset})
RETURN a.id AS source, b.id AS target, r.key AS key, properties(r) AS props
