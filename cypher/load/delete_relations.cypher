// Delete relations of a dataset by key (--prune); touches nothing outside the dataset.
// Parameters: $dataset, $keys (list of text).
UNWIND $keys AS key
MATCH (:GovGraph {dataset: $dataset})-[r:RELATION {dataset: $dataset, key: key}]->(:GovGraph {dataset: $dataset})
DELETE r
