// Every node of a dataset with its properties and labels (to read the graph back).
// Parameters: $dataset.
MATCH (n:GovGraph {dataset: $dataset})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
