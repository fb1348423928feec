// Load one batch of migration corridors (migrant stock origin -> destination in a year).
// Parameters: $dataset, $rows (list of {id, props}); id is corridor|ORIGIN|DESTINATION|YEAR.
UNWIND $rows AS row
MERGE (n:GovGraph:Corridor {dataset: $dataset, id: row.id})
SET n += row.props
