// Delete nodes of a dataset by id (--prune), after their relations were deleted. A node that still
// has a relationship govgraph did not write (someone linked their own data to it) is kept, so no
// foreign relationship is ever deleted.
// Parameters: $dataset, $ids (list of text). Returns how many nodes were deleted.
UNWIND $ids AS id
MATCH (n:GovGraph {dataset: $dataset, id: id})
WHERE NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS deleted
