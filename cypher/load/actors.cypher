// Load one batch of actors: merge by (dataset, id), then set every attribute.
// Parameters: $dataset (text), $rows (list of {id, props}); a null in props removes that property.
UNWIND $rows AS row
MERGE (n:GovGraph:Actor {dataset: $dataset, id: row.id})
SET n += row.props
