// govgraph schema: uniqueness constraints and indexes (Neo4j 5; also runs on ArcadeDB's Bolt/openCypher).
//
// Every node govgraph writes has the label :GovGraph, a `dataset` property and
// an `id` unique within that dataset; actors are also :Actor, instruments
// :Instrument, migration corridors :Corridor. Every relationship is
// :RELATION with `dataset`, a stable `key` (the relation key of the graph)
// and the relation's own `type` (member_of, party_to, ...).
// Each statement ends with a semicolon; run them one by one (cypher-shell does).

CREATE CONSTRAINT govgraph_node_id IF NOT EXISTS
FOR (n:GovGraph) REQUIRE (n.dataset, n.id) IS UNIQUE;

CREATE CONSTRAINT govgraph_relation_key IF NOT EXISTS
FOR ()-[r:RELATION]-() REQUIRE (r.dataset, r.key) IS UNIQUE;

CREATE INDEX govgraph_node_dataset IF NOT EXISTS FOR (n:GovGraph) ON (n.dataset);

CREATE INDEX govgraph_actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);

CREATE INDEX govgraph_actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country);

CREATE INDEX govgraph_instrument_scope IF NOT EXISTS FOR (n:Instrument) ON (n.scope);

CREATE INDEX govgraph_corridor_origin IF NOT EXISTS FOR (n:Corridor) ON (n.origin);

CREATE INDEX govgraph_corridor_destination IF NOT EXISTS FOR (n:Corridor) ON (n.destination);

CREATE INDEX govgraph_relation_type IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.type);
