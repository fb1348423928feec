// Load one batch of relations between nodes of the same dataset, merged by their stable key.
// Parameters: $dataset, $rows (list of {source, target, key, props}); the key is the graph's edge key.
UNWIND $rows AS row
MATCH (a:GovGraph {dataset: $dataset, id: row.source})
MATCH (b:GovGraph {dataset: $dataset, id: row.target})
MERGE (a)-[r:RELATION {dataset: $dataset, key: row.key}]->(b)
SET r += row.props
