// The graph's own attributes (state profiles and coverage), as one node of the dataset: read back by pull.
// Parameters: $dataset, $rows (one row: {id: '_graph', props: {position, graph_json}}).
UNWIND $rows AS row
MERGE (n:GovGraph:Meta {dataset: $dataset, id: row.id})
SET n += row.props
