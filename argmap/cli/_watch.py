"""``argmap watch MAP``: a live preview that re-renders on save.

A watcher thread polls the map file's modification time and size; once they have stood
still for a short debounce interval it reloads and re-renders the map. A small HTTP server,
bound to 127.0.0.1 only, serves the interactive page (see :mod:`argmap.render.html`), which
listens for server-sent events and swaps in each new rendering without losing its pan and
zoom. A map that fails to load or render shows its error (file and line) above the last
good diagram; the server keeps running.

It is safe to leave running: only the latest rendering is kept, the number of listening
pages is capped, a page that goes away is noticed by the next keep-alive, and requests
whose ``Host`` is not this server's own address are refused (so a web page elsewhere
cannot read the preview through DNS rebinding).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from argmap.cli._convert import add_from_option
from argmap.errors import ArgmapError, InvalidValueError, PreviewServerError
from argmap.loader import load_map
from argmap.map import ArgumentMap
from argmap.render.html import annotate_svg, build_html, map_data

__all__ = ["DEFAULT_PORT", "LivePreview", "register", "run"]

DEFAULT_PORT = 8765
"""Port ``argmap watch`` listens on unless told otherwise (``--port 0`` picks a free one)."""

HOST = "127.0.0.1"
MAX_LISTENERS = 16
"""Pages that may listen for updates at once; more get 503 and fall back to reloading."""
KEEPALIVE_SECONDS = 10.0

Renderer = Callable[[ArgumentMap], str]


def _default_renderer(argmap: ArgumentMap) -> str:
    from argmap.render import render_bytes  # type: ignore[attr-defined,unused-ignore]

    svg: bytes = render_bytes(argmap, format="svg")
    return svg.decode("utf-8")


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


class LivePreview:
    """Watches a map file, re-renders it on change, and serves the live page.

    Parameters
    ----------
    map_path:
        The map module to watch.
    port:
        TCP port on 127.0.0.1; ``0`` picks a free one (see :attr:`url`).
    poll_interval:
        Seconds between checks of the file.
    debounce:
        Seconds the file must stay unchanged before it is re-rendered, so an editor's
        several writes for one save cause one rendering.
    keepalive:
        Seconds between keep-alive messages to a listening page; a page that went away
        is noticed (and its thread ends) at the next one.
    renderer:
        Turns a map into SVG text; the Graphviz renderer by default.
    format:
        The map file's format (see :func:`argmap.load_map`); by default told from its
        extension and content, so an argmap JSON or AIF file previews as well as a module.

    Raises
    ------
    InvalidValueError
        If an interval is not a positive number.
    PreviewServerError
        From :meth:`start`, if the port cannot be bound.

    Examples
    --------
    >>> import tempfile, pathlib, urllib.request
    >>> from argmap.cli._new import write_starter_map
    >>> path = write_starter_map(str(pathlib.Path(tempfile.mkdtemp()) / "tea"))
    >>> preview = LivePreview(path, port=0)
    >>> preview.start()
    >>> page = urllib.request.urlopen(preview.url, timeout=30).read().decode()
    >>> 'data-key="good"' in page
    True
    >>> preview.stop()
    """

    def __init__(
        self,
        map_path: str | os.PathLike[str],
        *,
        port: int = DEFAULT_PORT,
        poll_interval: float = 0.25,
        debounce: float = 0.3,
        keepalive: float = KEEPALIVE_SECONDS,
        renderer: Renderer | None = None,
        format: str | None = None,
    ) -> None:
        intervals = (
            ("poll_interval", poll_interval),
            ("debounce", debounce),
            ("keepalive", keepalive),
        )
        for name, value in intervals:
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                msg = f"{name} must be a positive number of seconds, got {value!r}"
                raise InvalidValueError(msg)
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            msg = f"port must be a whole number from 0 to 65535, got {port!r}"
            raise InvalidValueError(msg)
        self.path = Path(map_path)
        self._port = port
        self._poll = float(poll_interval)
        self._debounce = float(debounce)
        self.keepalive = float(keepalive)
        self._render = renderer or _default_renderer
        self._format = format
        self._changed = threading.Condition()
        self._stopping = threading.Event()
        self._listeners = threading.BoundedSemaphore(MAX_LISTENERS)
        self._generation = 0
        self._map: ArgumentMap | None = None
        self._svg: str | None = None
        self._error: str | None = None
        self._server: ThreadingHTTPServer | None = None
        self._threads: list[threading.Thread] = []

    # --- state ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The page's address, e.g. ``http://127.0.0.1:8765/``."""
        if self._server is None:
            return f"http://{HOST}:{self._port}/"
        return f"http://{HOST}:{self._server.server_address[1]}/"

    @property
    def generation(self) -> int:
        """How many times the map has been (re)loaded, successfully or not."""
        with self._changed:
            return self._generation

    @property
    def error(self) -> str | None:
        """The last load or render error, or ``None`` if the last attempt succeeded."""
        with self._changed:
            return self._error

    def rebuild(self) -> None:
        """Load and render the map now; record the error instead if that fails."""
        try:
            argmap = load_map(self.path, format=self._format)
            svg = self._render(argmap)
        except ArgmapError as error:
            message: str | None = str(error)
        except Exception as error:  # a renderer bug must not stop the preview
            message = f"{type(error).__name__}: {error}"
        else:
            message = None
        with self._changed:
            if message is None:
                self._map, self._svg = argmap, annotate_svg(svg, argmap.keys)
            self._error = message
            self._generation += 1
            self._changed.notify_all()

    def page(self) -> str:
        """The live page as it stands: the last good rendering plus any error."""
        with self._changed:
            argmap, svg, error, generation = self._map, self._svg, self._error, self._generation
        if argmap is None or svg is None:
            argmap, svg = ArgumentMap(f"{self.path.name} (not loaded yet)"), ""
        return build_html(argmap, svg, live=True, generation=generation, error=error)

    def content(self) -> dict[str, Any]:
        """What the page fetches after each update: generation, SVG, panel data, error."""
        with self._changed:
            argmap, svg, error, generation = self._map, self._svg, self._error, self._generation
        data = None if argmap is None else map_data(argmap)
        if data is not None:
            data.update(live=True, generation=generation, error=error)
        return {"generation": generation, "svg": svg, "data": data, "error": error}

    def wait_for_change(self, seen: int, timeout: float) -> int:
        """Block until the generation passes ``seen`` (or timeout, or stop); return it."""
        with self._changed:
            self._changed.wait_for(
                lambda: self._generation != seen or self._stopping.is_set(), timeout=timeout
            )
            return self._generation

    # --- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Render once, then start watching and serving in background threads."""
        self.rebuild()
        try:
            self._server = _Server((HOST, self._port), _Handler, preview=self)
        except OSError as error:
            reason = "is already in use" if error.errno == errno.EADDRINUSE else error.strerror
            msg = f"cannot serve the preview on {HOST}:{self._port}: the port {reason}"
            raise PreviewServerError(msg) from None
        self._threads = [
            threading.Thread(target=self._watch, name="argmap-watch", daemon=True),
            threading.Thread(target=self._server.serve_forever, name="argmap-serve", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        """Stop watching and serving; wake listening pages so their threads end."""
        self._stopping.set()
        with self._changed:
            self._changed.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)

    def is_stopping(self) -> bool:
        """Whether :meth:`stop` has been called."""
        return self._stopping.is_set()

    def _watch(self) -> None:
        seen = _signature(self.path)
        changed_at: float | None = None
        while not self._stopping.wait(self._poll):
            now = time.monotonic()
            current = _signature(self.path)
            if current != seen:
                seen, changed_at = current, now
            elif changed_at is not None and now - changed_at >= self._debounce:
                changed_at = None
                self.rebuild()

    def try_listen(self) -> bool:
        return self._listeners.acquire(blocking=False)

    def done_listening(self) -> None:
        self._listeners.release()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        *,
        preview: LivePreview,
    ) -> None:
        self.preview = preview
        super().__init__(address, handler)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # a preview that logs every poll would bury the terminal

    def _host_ok(self) -> bool:
        port = self.server.server_address[1]
        host = self.headers.get("Host", "")
        return host in {f"{HOST}:{port}", f"localhost:{port}"}

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        preview = self.server.preview
        if not self._host_ok():
            self._send(HTTPStatus.FORBIDDEN, b"wrong Host\n", "text/plain; charset=utf-8")
            return
        route = self.path.split("?", 1)[0]
        if route in ("/", "/index.html"):
            self._send(HTTPStatus.OK, preview.page().encode(), "text/html; charset=utf-8")
        elif route == "/content":
            content = preview.content()
            etag = f'"{content["generation"]}"'
            if self.headers.get("If-None-Match") == etag:
                self._send(HTTPStatus.NOT_MODIFIED, b"", "application/json", ETag=etag)
                return
            body = json.dumps(content, ensure_ascii=False, sort_keys=True).encode()
            self._send(HTTPStatus.OK, body, "application/json; charset=utf-8", ETag=etag)
        elif route == "/events":
            self._events(preview)
        else:
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")

    def _events(self, preview: LivePreview) -> None:
        if not preview.try_listen():
            self._send(HTTPStatus.SERVICE_UNAVAILABLE, b"too many listeners\n", "text/plain")
            return
        try:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            seen = preview.generation
            self.wfile.write(f"retry: 1000\nevent: update\ndata: {seen}\n\n".encode())
            self.wfile.flush()
            while not preview.is_stopping():
                current = preview.wait_for_change(seen, preview.keepalive)
                if preview.is_stopping():
                    break
                if current != seen:
                    seen = current
                    self.wfile.write(f"event: update\ndata: {seen}\n\n".encode())
                else:
                    self.wfile.write(b": keep-alive\n\n")  # finds pages that went away
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the page was closed
        finally:
            preview.done_listening()


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "watch",
        help="live preview in the browser, re-rendered on every save",
        description=(
            "Serve a live preview of MAP on http://127.0.0.1:PORT/ (this machine only). The "
            "page re-renders when the file is saved and shows errors in place, with the "
            "file and line, without stopping. Stop with Ctrl-C."
        ),
    )
    parser.add_argument("map", metavar="MAP", help="a map module (.py) or a map file")
    add_from_option(parser)
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port on 127.0.0.1 (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    parser.add_argument(
        "--open", action="store_true", help="open the page in the default web browser"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    preview = LivePreview(args.map, port=args.port, format=args.from_format)
    preview.start()
    print(f"serving a live preview of {args.map} at {preview.url} (Ctrl-C to stop)", flush=True)
    if preview.error:
        print(f"argmap: {preview.error}", file=sys.stderr, flush=True)
    if args.open:
        import webbrowser

        webbrowser.open(preview.url)
    try:
        while not preview.is_stopping():
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        preview.stop()
    print("stopped", flush=True)
    return 0
