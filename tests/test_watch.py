"""`argmap watch`: live re-rendering, errors in the page, debouncing, a bounded server.

Every wait is a bounded poll with a timeout; the server listens on 127.0.0.1 only.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import re
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from argmap.cli import EXIT_ERROR, main
from argmap.cli._new import write_starter_map
from argmap.cli._watch import MAX_CONNECTIONS, MAX_LISTENERS, LivePreview
from argmap.errors import InvalidValueError, PreviewServerError

TIMEOUT = 20.0


def eventually(condition: Callable[[], bool], what: str, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


def fetch(url: str, **headers: str) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def content(preview: LivePreview) -> dict[str, object]:
    return json.loads(fetch(preview.url + "content")[2])  # type: ignore[no-any-return]


def touch_later(path: Path) -> None:
    """Make sure the next write changes the mtime even on coarse-grained file systems."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    return write_starter_map(str(tmp_path / "tea"))


@pytest.fixture
def preview(map_file: Path) -> Iterator[LivePreview]:
    server = LivePreview(map_file, port=0, poll_interval=0.05, debounce=0.1, keepalive=0.2)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_page_shows_the_rendered_map(preview: LivePreview) -> None:
    status, headers, page = fetch(preview.url)
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert preview.url.startswith("http://127.0.0.1:")
    assert 'id="node:good"' in page
    assert 'data-key="good"' in page
    assert "connect-src 'self'" in page


def test_saving_the_map_updates_the_page(preview: LivePreview, map_file: Path) -> None:
    before = preview.generation
    text = map_file.read_text(encoding="utf-8")
    map_file.write_text(text.replace("Green tea is good for you.", "Green tea is GREAT."))
    touch_later(map_file)
    eventually(lambda: preview.generation > before, "the map to be re-rendered")
    data = content(preview)
    assert data["error"] is None
    assert "Green tea is GREAT." in str(data["svg"])
    assert "Green tea is GREAT." in fetch(preview.url)[2]


def test_a_broken_map_shows_its_error_and_keeps_the_last_diagram(
    preview: LivePreview, map_file: Path
) -> None:
    good = map_file.read_text(encoding="utf-8")
    lines = good.splitlines()
    lines[40] = "this line is not python ("
    map_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    touch_later(map_file)
    eventually(lambda: preview.error is not None, "the error to be noticed")
    assert f"{map_file}:41" in str(preview.error)
    data = content(preview)
    assert f"{map_file}:41" in str(data["error"])
    assert 'data-key="good"' in str(data["svg"])  # the last good diagram stays
    page = fetch(preview.url)[2]
    assert f"{map_file}:41".replace("/", "\\/") in page or f"{map_file}:41" in page
    map_file.write_text(good, encoding="utf-8")
    touch_later(map_file)
    eventually(lambda: preview.error is None, "the fixed map to render")


def test_a_missing_map_is_an_error_in_the_page_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "later.py"
    server = LivePreview(path, port=0, poll_interval=0.05, debounce=0.1)
    server.start()
    try:
        assert "does not exist" in str(server.error)
        status, _, page = fetch(server.url)
        assert status == 200
        assert "does not exist" in page
        write_starter_map(str(path))
        eventually(lambda: server.error is None, "the new map to render")
        assert 'data-key="good"' in fetch(server.url)[2]
    finally:
        server.stop()


def test_a_burst_of_writes_renders_once(map_file: Path) -> None:
    server = LivePreview(map_file, port=0, poll_interval=0.05, debounce=1.5)
    server.start()
    try:
        before = server.generation
        text = map_file.read_text(encoding="utf-8")
        for i in range(5):  # an editor saving in several writes
            map_file.write_text(text + "#" * (i + 1) + "\n", encoding="utf-8")
            time.sleep(0.05)
        eventually(lambda: server.generation > before, "the burst to be rendered")
        time.sleep(2.0)  # longer than the debounce: nothing else is pending
        assert server.generation == before + 1
    finally:
        server.stop()


def test_events_announce_each_new_rendering(preview: LivePreview, map_file: Path) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port_of(preview), timeout=TIMEOUT)
    connection.request("GET", f"/{preview.token}/events")
    response = connection.getresponse()
    assert response.getheader("Content-Type") == "text/event-stream"
    first = [response.readline() for _ in range(4)]
    assert first[1] == b"event: update\n"
    map_file.write_text(map_file.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    touch_later(map_file)
    lines: list[bytes] = []
    deadline = time.monotonic() + TIMEOUT
    while b"event: update\n" not in lines and time.monotonic() < deadline:
        lines.append(response.readline())
    assert b"event: update\n" in lines
    connection.close()


def test_content_supports_etags(preview: LivePreview) -> None:
    status, headers, _ = fetch(preview.url + "content")
    assert status == 200
    status, _, body = fetch(preview.url + "content", **{"If-None-Match": headers["ETag"]})
    assert status == 304
    assert body == ""


def test_foreign_host_and_unknown_paths_are_refused(preview: LivePreview) -> None:
    assert fetch(preview.url, Host="attacker.example")[0] == 403
    assert fetch(preview.url + "secret")[0] == 404


def port_of(preview: LivePreview) -> int:
    port = urllib.parse.urlsplit(preview.url).port
    assert port is not None
    return port


def test_listeners_are_capped_and_released_when_pages_go_away(preview: LivePreview) -> None:
    port = port_of(preview)

    def listen() -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        request = f"GET /{preview.token}/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
        sock.sendall(request.encode())
        assert b"200 OK" in sock.recv(4096)
        return sock

    socks = [listen() for _ in range(MAX_LISTENERS)]
    assert fetch(preview.url + "events")[0] == 503
    for sock in socks:
        sock.close()  # the pages go away without a word
    # Keep-alives find the dead connections and free their places.
    eventually(
        lambda: fetch(preview.url + "content")[0] == 200 and _can_listen(preview),
        "the listener places to be freed",
    )


def _can_listen(preview: LivePreview) -> bool:
    port = port_of(preview)
    sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    try:
        request = f"GET /{preview.token}/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
        sock.sendall(request.encode())
        return b"200 OK" in sock.recv(4096)
    finally:
        sock.close()


def test_port_in_use_is_one_clear_error(map_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(PreviewServerError, match=f"127.0.0.1:{port}.*in use"):
            LivePreview(map_file, port=port).start()
        assert main(["watch", str(map_file), "--port", str(port)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("argmap: error: cannot serve the preview")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("option", "value"),
    [("poll_interval", 0), ("debounce", -1), ("keepalive", "1"), ("port", 70000), ("port", True)],
)
def test_bad_settings_are_named(map_file: Path, option: str, value: object) -> None:
    with pytest.raises(InvalidValueError, match=option.split("_")[0]):
        LivePreview(map_file, **{option: value})  # type: ignore[arg-type]


def test_command_serves_until_interrupted(map_file: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "argmap", "watch", str(map_file), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert "serving a live preview" in first
        url = first.split(" at ", 1)[1].split()[0]
        assert url.startswith("http://127.0.0.1:")
        assert 'data-key="good"' in fetch(url)[2]
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 0, err
        assert "stopped" in out
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=TIMEOUT)


def test_a_map_file_in_another_format_previews_too(map_file: Path, tmp_path: Path) -> None:
    from argmap.formats import argmap_json
    from argmap.loader import load_map

    data_file = tmp_path / "tea.json"
    argmap_json.dump(load_map(map_file), data_file)
    server = LivePreview(data_file, port=0, poll_interval=0.05, debounce=0.1)
    server.start()
    try:
        assert server.error is None
        assert 'data-key="good"' in fetch(server.url)[2]
        text = data_file.read_text(encoding="utf-8")
        data_file.write_text(text.replace("Green tea is good for you.", "Tea, edited as data."))
        touch_later(data_file)
        eventually(lambda: "Tea, edited as data." in str(content(server)["svg"]), "the edit")
        data_file.write_text("{ not json", encoding="utf-8")
        touch_later(data_file)
        eventually(lambda: server.error is not None, "the broken file to be reported")
        assert "tea.json" in str(server.error)
    finally:
        server.stop()


def test_command_accepts_from(map_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["watch", str(map_file), "--from", "no-such-format"])
    assert info.value.code == 2
    assert "invalid choice: 'no-such-format'" in capsys.readouterr().err


# --- hostile places: other local users, idle and vanishing clients (issue #15) -------------


def raw_get(port: int, path: str) -> bytes:
    """Send one GET for ``path`` and return the whole response (the server closes)."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as sock:
        request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
        sock.sendall(request.encode())
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_every_address_needs_the_session_token(preview: LivePreview) -> None:
    port = port_of(preview)
    token = preview.token
    assert len(token) >= 32
    assert preview.url.endswith(f"/{token}/")
    assert LivePreview(preview.path, port=0).token != token  # random for each preview
    for path in ("/", "/index.html", "/content", "/events", f"/{token[:-1]}/content"):
        response = raw_get(port, path)
        assert response.startswith(b"HTTP/1.1 404"), path
        assert b"data-key" not in response
        assert b"Green tea" not in response
    assert raw_get(port, f"/{token}/content").startswith(b"HTTP/1.1 200")
    moved = raw_get(port, f"/{token}")
    assert moved.startswith(b"HTTP/1.1 301")
    assert f"Location: /{token}/".encode() in moved


def test_a_silent_connection_is_closed_after_the_idle_timeout(map_file: Path) -> None:
    server = LivePreview(map_file, port=0, idle_timeout=0.3)
    server.start()
    try:
        with socket.create_connection(("127.0.0.1", port_of(server)), timeout=TIMEOUT) as sock:
            sock.sendall(b"GET /")  # a request begun and never finished
            started = time.monotonic()
            assert sock.recv(1024) == b""  # closed by the server, not by our own timeout
            assert time.monotonic() - started < TIMEOUT
    finally:
        server.stop()


def test_idle_connections_cannot_pile_up_threads(map_file: Path) -> None:
    server = LivePreview(map_file, port=0, idle_timeout=TIMEOUT)
    server.start()
    port = port_of(server)
    before = threading.active_count()
    socks = []
    try:
        for _ in range(MAX_CONNECTIONS + 40):
            socks.append(socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT))
        eventually(
            lambda: threading.active_count() - before >= MAX_CONNECTIONS,
            "the idle connections to take every place",
        )
        time.sleep(0.5)  # room for the threads the 40 extra connections would have had
        assert threading.active_count() - before <= MAX_CONNECTIONS
        for sock in socks:
            sock.close()
        eventually(lambda: fetch_soon(server), "the server to answer once they are gone")
    finally:
        for sock in socks:
            sock.close()
        server.stop()


def fetch_soon(server: LivePreview) -> bool:
    try:
        return fetch(server.url + "content")[0] == 200
    except OSError:
        return False  # closed on arrival while every place is taken


def _drop_connections(port: int, path: str, count: int) -> None:
    """Ask for ``path`` and reset the connection at once, as a closed browser tab does."""
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()


@pytest.mark.parametrize("debug", [False, True])
def test_dropped_clients_print_no_traceback(map_file: Path, debug: bool) -> None:
    command = [sys.executable, "-m", "argmap", *(["--debug"] if debug else [])]
    process = subprocess.Popen(
        [*command, "watch", str(map_file), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split(" at ", 1)[1].split()[0]
        parts = urllib.parse.urlsplit(url)
        assert parts.port is not None
        # A page of a few hundred KiB does not fit in the socket buffer, so the server
        # is still writing when the reset arrives.
        _drop_connections(parts.port, parts.path, 10)
        assert fetch(url + "content")[0] == 200  # still serving
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=TIMEOUT)
        assert "Traceback" not in err
        assert "Exception" not in err
        lines = err.splitlines()
        if debug:
            assert len(lines) <= 10, lines
            assert all(line.startswith("argmap: watch: ") for line in lines), lines
        else:
            assert lines == []
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=TIMEOUT)


def test_the_page_allows_its_own_script_and_style_by_hash(preview: LivePreview) -> None:
    page = fetch(preview.url)[2]
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert policy is not None
    assert "unsafe-inline" not in policy[1]
    for kind, body in (
        ("script", re.findall(r"<script>(.*?)</script>", page, re.S)[-1]),
        ("style", re.findall(r"<style>(.*?)</style>", page, re.S)[0]),
    ):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in policy[1]
