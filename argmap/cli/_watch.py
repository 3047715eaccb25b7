"""``argmap watch MAP``: a live preview that re-renders on save.

A watcher thread polls the map file's modification time and size; once they have stood
still for a short debounce interval it reloads and re-renders the map. A small HTTP server,
bound to 127.0.0.1 only, serves the interactive page (see :mod:`argmap.render.html`), which
listens for server-sent events and swaps in each new rendering without losing its pan and
zoom. A map that fails to load or render shows its error (file and line) above the last
good diagram; the server keeps running.

It is safe to leave running: only the latest rendering is kept; the number of listening
pages and of open connections is capped, and a connection idle for
:data:`IDLE_TIMEOUT_SECONDS` is closed, so idle or stalled clients cannot pile up
threads; a page that goes away is noticed by the next keep-alive, and a client that
drops its connection costs nothing but (with ``--debug``) one line. Requests whose
``Host`` is not this server's own address are refused (so a web page elsewhere cannot
read the preview through DNS rebinding), and every address lies under a random
per-session token (``http://127.0.0.1:8765/<token>/``), so another user of the same
machine, who can reach 127.0.0.1 too, cannot read the map without being shown the
address.
"""

from __future__ import annotations

import argparse
import errno
import hmac
import json
import os
import secrets
import sys
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from argmap._io import input_problem
from argmap._terminal import clean
from argmap.cli._convert import add_from_option
from argmap.errors import (
    ArgmapError,
    InvalidValueError,
    MapFileNotFoundError,
    PreviewServerError,
)
from argmap.loader import load_map
from argmap.map import ArgumentMap
from argmap.render.html import annotate_svg, build_html, map_data

_STDERR_LOCK = threading.Lock()


def _say(line: str) -> None:
    """One whole line on stderr: request threads print at once, and print() writes the
    text and its newline separately, so two lines could interleave into one."""
    with _STDERR_LOCK:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()


__all__ = [
    "DEFAULT_PORT",
    "IDLE_TIMEOUT_SECONDS",
    "MAX_CONNECTIONS",
    "MAX_LISTENERS",
    "LivePreview",
    "register",
    "run",
]

DEFAULT_PORT = 8765
"""Port ``argmap watch`` listens on unless told otherwise (``--port 0`` picks a free one)."""

HOST = "127.0.0.1"
MAX_LISTENERS = 16
"""Pages that may listen for updates at once; more get 503 and fall back to reloading."""
KEEPALIVE_SECONDS = 10.0
IDLE_TIMEOUT_SECONDS = 20.0
"""A connection that sends nothing (or reads nothing) for this long is closed."""
MAX_CONNECTIONS = 64
"""Connections served at once; more are closed at once, before a thread is started."""

Renderer = Callable[[ArgumentMap], str]


def _default_renderer(argument_map: ArgumentMap) -> str:
    from argmap.render import render_bytes  # type: ignore[attr-defined,unused-ignore]

    svg: bytes = render_bytes(argument_map, format="svg")
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
    idle_timeout:
        Seconds a connection may stay silent (no request, or no reading of what is sent)
        before it is closed.
    token:
        The secret path segment every address lies under; a fresh random one by default.
    debug:
        Report each dropped connection on standard error (one line), and show the full
        traceback of an unexpected error in serving a request instead of one line.
    on_rebuild:
        Called after each load and render, first and later, with the generation and the
        error message (``None`` when the map rendered); ``argmap watch`` prints a line.

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
        idle_timeout: float = IDLE_TIMEOUT_SECONDS,
        token: str | None = None,
        debug: bool = False,
        on_rebuild: Callable[[int, str | None], None] | None = None,
    ) -> None:
        intervals = (
            ("poll_interval", poll_interval),
            ("debounce", debounce),
            ("keepalive", keepalive),
            ("idle_timeout", idle_timeout),
        )
        for name, value in intervals:
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                msg = f"{name} must be a positive number of seconds, got {value!r}"
                raise InvalidValueError(msg)
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            msg = f"port must be a whole number from 0 to 65535, got {port!r}"
            raise InvalidValueError(msg)
        if token is not None and (
            not isinstance(token, str) or not token or not token.isascii() or not token.isalnum()
        ):
            msg = f"token must be a non-empty string of ASCII letters and digits, got {token!r}"
            raise InvalidValueError(msg)
        self.path = Path(map_path)
        self.token = token if token is not None else secrets.token_hex(16)
        self.idle_timeout = float(idle_timeout)
        self.debug = bool(debug)
        self._port = port
        self._poll = float(poll_interval)
        self._debounce = float(debounce)
        self.keepalive = float(keepalive)
        self._render = renderer or _default_renderer
        self._on_rebuild = on_rebuild
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
        """The page's address, e.g. ``http://127.0.0.1:8765/3f9c.../`` (with the token)."""
        port = self._port if self._server is None else self._server.server_address[1]
        return f"http://{HOST}:{port}/{self.token}/"

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
            generation = self._generation
            self._changed.notify_all()
        if self._on_rebuild is not None:
            self._on_rebuild(generation, message)

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
    # socketserver's backlog of 5 makes the kernel drop connections (retried a second
    # later) whenever a few arrive at once, as a page's requests do.
    request_queue_size = 2 * MAX_CONNECTIONS

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        *,
        preview: LivePreview,
    ) -> None:
        self.preview = preview
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        # A thread per connection, but never more than MAX_CONNECTIONS: past the cap a
        # connection is closed at once, before any thread is started for it.
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            # The page was closed or the client went quiet: routine, not a fault.
            if self.preview.debug:
                reason = type(error).__name__
                _say(f"argmap: watch: {client_address[0]}: connection dropped ({reason})")
            return
        if self.preview.debug:
            super().handle_error(request, client_address)
            return
        _say(clean(f"argmap: watch: error serving a request: {type(error).__name__}: {error}"))


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # The socket timeout bounds both waiting for a request and a stalled write.
        self.connection.settimeout(self.server.preview.idle_timeout)

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

    def _route(self) -> str | None:
        """The path after ``/<token>``, or ``None`` when the token is missing or wrong."""
        path = self.path.split("?", 1)[0]
        _, _, rest = path.partition("/")
        token, slash, route = rest.partition("/")
        expected = self.server.preview.token
        if not hmac.compare_digest(token.encode("utf-8", "replace"), expected.encode()):
            return None
        return slash + route

    def do_GET(self) -> None:
        preview = self.server.preview
        if not self._host_ok():
            self._send(HTTPStatus.FORBIDDEN, b"wrong Host\n", "text/plain; charset=utf-8")
            return
        route = self._route()
        if route is None:
            body = b"not found: open the address that `argmap watch` printed\n"
            self._send(HTTPStatus.NOT_FOUND, body, "text/plain; charset=utf-8")
        elif route == "":
            # Relative addresses in the page (content, events) need the trailing slash.
            location = f"/{preview.token}/"
            self._send(HTTPStatus.MOVED_PERMANENTLY, b"", "text/plain", Location=location)
        elif route in ("/", "/index.html"):
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
        except (ConnectionError, TimeoutError):
            pass  # the page was closed, or stopped reading
        finally:
            preview.done_listening()


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "watch",
        help="live preview in the browser, re-rendered on every save",
        description=(
            "Serve a live preview of MAP on http://127.0.0.1:PORT/TOKEN/ (this machine "
            "only; TOKEN is random for each run, so only who sees the printed address can "
            "read the map). The page re-renders when the file is saved and shows errors in "
            "place, with the file and line, without stopping. Idle connections are closed "
            f"after {IDLE_TIMEOUT_SECONDS:g} s. Stop with Ctrl-C."
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


def _reporter(path: str) -> Callable[[int, str | None], None]:
    """Print a line for each rendering after the first (which :func:`run` reports): the
    page changes in the browser, and the terminal says so too."""

    def report(generation: int, error: str | None) -> None:
        if generation == 1:
            return
        stamp = time.strftime("%H:%M:%S")
        if error is None:
            with _STDERR_LOCK:  # one write per line: request threads print too
                sys.stdout.write(clean(f"{stamp} re-rendered {path}") + "\n")
                sys.stdout.flush()
        else:
            _say(clean(f"{stamp} argmap: error: {' '.join(error.split())}"))

    return report


def run(args: argparse.Namespace) -> int:
    problem = input_problem(args.map)
    if problem is not None:
        # The library's preview waits for a file to appear; a command that serves an
        # empty page for a mistyped name would only mislead.
        msg = f"map file {problem}"
        raise MapFileNotFoundError(msg, path=args.map)
    preview = LivePreview(
        args.map,
        port=args.port,
        format=args.from_format,
        debug=args.debug,
        on_rebuild=_reporter(args.map),
    )
    preview.start()
    print(f"serving a live preview of {args.map} at {preview.url} (Ctrl-C to stop)", flush=True)
    if preview.error:
        print(clean(f"argmap: error: {preview.error}"), file=sys.stderr, flush=True)
    else:
        print(clean(f"rendered {args.map}; re-rendered on every save"), flush=True)
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
