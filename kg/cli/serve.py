"""``kg serve``: a local, read-only SPARQL endpoint over the built graph."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("serve")
@click.option("--data", "data", default="out", show_default=True, type=click.Path(path_type=Path),
              help="Out dir of kg build, an RDF file, or a store dir made by kg load.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds per query.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Refuse answers with more rows.")
def command(data: Path, host: str, port: int, timeout: float, max_rows: int) -> None:
    """Serve the graph at http://HOST:PORT/sparql (SPARQL 1.1 Protocol, read-only).

    \b
    Example:
        kg serve --data out/ --port 7878
        curl -G http://127.0.0.1:7878/sparql --data-urlencode 'query=ASK { ?s ?p ?o }'
    """
    from kg.query import open_graph
    from kg.query.serve import ServeConfig, make_server

    graph = open_graph(data)
    server = make_server(graph, host, port, ServeConfig(timeout=timeout, max_rows=max_rows))
    bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
    click.echo(f"serving {len(graph):,} quads from {graph.source} at "
               f"http://{bound_host}:{bound_port}/sparql (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
