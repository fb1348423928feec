// The ids of every node of a dataset (used by --prune and to check a push).
// Parameters: $dataset.
MATCH (n:GovGraph {dataset: $dataset})
RETURN n.id AS id
