// The keys of every relation of a dataset (used by --prune and to check a push).
// Parameters: $dataset.
MATCH (:GovGraph {dataset: $dataset})-[r:RELATION {dataset: $dataset}]->(:GovGraph {dataset: $dataset})
RETURN r.key AS key
