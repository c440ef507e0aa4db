"""``kg serve``: a local, read-only SPARQL endpoint over the built graph."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli._common import DATA_OPTION


@click.command("serve")
@DATA_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds per query.",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Refuse answers with more rows.",
)
@click.option(
    "--workers",
    default=8,
    show_default=True,
    type=click.IntRange(min=1),
    help="Queries running at once (one process each); more get 503.",
)
def command(data: Path, host: str, port: int, timeout: float, max_rows: int, workers: int) -> None:
    """Serve the graph at http://HOST:PORT/sparql (SPARQL 1.1 Protocol, read-only).

    Open http://HOST:PORT/ in a browser for a query page with the named queries
    as examples. A query past --timeout is stopped (its worker process is killed).

    \b
    Example:
        kg serve --data out/ --port 7878
        curl -G http://127.0.0.1:7878/sparql --data-urlencode 'query=ASK { ?s ?p ?o }'
    """
    import gc
    import tempfile

    from kg.query import open_graph
    from kg.query.api import is_store_dir
    from kg.query.serve import ServeConfig, make_server

    config = ServeConfig(timeout=timeout, max_rows=max_rows, workers=workers)
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        if is_store_dir(data):
            graph = open_graph(data)
            store_dir = data
        else:  # workers share one read-only on-disk copy
            graph = open_graph(data, store_dir=Path(tmp) / "store")
            store_dir = Path(tmp) / "store"
        quads, source = len(graph), graph.source
        del graph  # close the writable store before the workers open it read-only
        gc.collect()
        _serve(make_server(None, host, port, config, store_dir=store_dir), quads, source)


def _serve(server: object, quads: int, source: object) -> None:
    from http.server import ThreadingHTTPServer

    assert isinstance(server, ThreadingHTTPServer)
    bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
    click.echo(
        f"serving {quads:,} quads from {source} at "
        f"http://{bound_host}:{bound_port}/sparql; query page at "
        f"http://{bound_host}:{bound_port}/ (Ctrl-C stops)",
        err=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
