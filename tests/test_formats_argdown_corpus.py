"""The native Argdown reader against the official parser (@argdown/cli 1.7.5).

The corpus in tests/data/argdown covers the syntax guide: statements and equivalence
classes, references and mentions, emphasis, links, shortcodes, escapes, tags, data,
headings, front matter, comments, lists, sketched and reconstructed arguments,
intermediary conclusions, ``{uses: [...]}``, every relation in both directions, strict
mode and ``@include``. For each document, what argmap reads must equal what ``argdown
json`` reports, and argmap's Argdown export, read by the official parser, must report
the same statements, arguments and relations again.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_formats_argdown import _parse, install_argdown_cli

import argmap
from argmap.errors import FormatError
from argmap.formats import _argdown_syntax, argdown, argdown_json
from argmap.model import normalize_space
from argmap.strategies import nasty_texts, texts

CORPUS = Path(__file__).parent / "data" / "argdown"
DOCUMENTS = sorted(p.name for p in CORPUS.glob("*.argdown"))


def _summary(model: dict[str, Any]) -> tuple[Any, ...]:
    """Statements (title: words of the text), arguments (title: premise-conclusion
    structure, words of the description) and relations by type, end to end."""
    statements = {
        title: (argdown._text_of_entry(entry["members"]) or "").split()
        for title, entry in model["statements"].items()
    }
    arguments = {
        title: (
            [
                (
                    s["title"],
                    s["role"],
                    tuple(s["inference"]["inferenceRules"]) if "inference" in s else None,
                )
                for s in entry.get("pcs", [])
            ],
            (argdown._text_of_entry(entry["members"]) or "").split(),
        )
        for title, entry in model["arguments"].items()
    }
    relations = Counter(
        (r["relationType"], r["from"], r["fromType"], r["to"], r["toType"])
        for r in model["relations"]
    )
    return statements, arguments, relations


@pytest.fixture(scope="session")
def argdown_cli() -> Path:
    return install_argdown_cli()


@pytest.fixture(scope="module")
def official(argdown_cli: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What the official parser reports for each corpus document."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(CORPUS, folder, dirs_exist_ok=True)
    _parse(argdown_cli, folder)
    return {
        name: json.loads((folder / "json" / f"{Path(name).stem}.json").read_text())
        for name in DOCUMENTS
    }


def test_the_corpus_covers_the_syntax_guide() -> None:
    text = "\n".join((CORPUS / name).read_text(encoding="utf-8") for name in DOCUMENTS)
    for syntax in (
        "===", "# ", "## ", "### ", "{isGroup", "//", "/*", "<!--", "#(", "@[", "@<", "](",
        "*", "**", "_", "__", "\\[", ":A:", "(1)", "----", "-- Modus", "{uses:", "{implicit:",
        "+ [", "<+ ", "- [", "<- ", "+> ", "-> ", "><", "_> ", "<_ ", "mode: strict", "@include(",
        " * ", " 1. ", "isCanonical",
    ):  # fmt: skip
        assert syntax in text, syntax


@pytest.mark.parametrize("name", DOCUMENTS)
def test_native_reader_equals_the_official_parser(official: dict[str, Any], name: str) -> None:
    path = CORPUS / name
    mine = _argdown_syntax.parse(argdown._expand_includes(path.read_text(encoding="utf-8"), path))
    assert _summary(mine) == _summary(official[name])
    # And the map argmap makes is the one it makes from the official parser's JSON.
    native = argmap.load_map(path)
    via_json = argdown_json.from_data(official[name], title=path.stem)
    assert (native.claims, native.arguments, native.objections) == (
        via_json.claims,
        via_json.arguments,
        via_json.objections,
    )
    assert native.meta["argdown"].get("unmapped") == via_json.meta["argdown"].get("unmapped")


def test_export_reads_back_the_same_in_the_official_parser(
    official: dict[str, Any],
    argdown_cli: Path,
    tmp_path: Path,
) -> None:
    for name in DOCUMENTS:
        (tmp_path / name).write_text(
            argdown.dumps(argmap.load_map(CORPUS / name)), encoding="utf-8"
        )
    _parse(argdown_cli, tmp_path)
    for name in DOCUMENTS:
        before = _summary(official[name])
        after = _summary(json.loads((tmp_path / "json" / f"{Path(name).stem}.json").read_text()))
        assert len(after[0]) == len(before[0]), name
        assert sorted(after[1]) == sorted(before[1]), name
        kinds = Counter(kind for (kind, *_), n in before[2].items() for _ in range(n))
        assert Counter(kind for (kind, *_), n in after[2].items() for _ in range(n)) == kinds, name
        assert after[2] == before[2], name
        # argmap reads its own export back to the same map.
        again = argdown.loads((tmp_path / name).read_text(encoding="utf-8"), title=Path(name).stem)
        first = argmap.load_map(CORPUS / name)
        # (Elements come back in the order the export writes them.)
        assert sorted(again.claims, key=str) == sorted(first.claims, key=str), name
        assert sorted(again.arguments, key=str) == sorted(first.arguments, key=str), name
        assert sorted(again.objections, key=str) == sorted(first.objections, key=str), name


def test_what_the_corpus_maps_to() -> None:
    m = argmap.load_map(CORPUS / "arguments.argdown")
    sketch = m.get("Antioxidants", argmap.Argument)
    assert (sketch.premises, sketch.conclusion, sketch.text) == (
        (),
        "Tea",
        "Tea is rich in antioxidants.",
    )
    # A sketched argument that supports nothing concludes an implicit claim argmap names.
    lonely = m.get("Lonely", argmap.Argument)
    assert m.get(lonely.conclusion, argmap.Claim).implicit
    # Two supported statements: two premise-less arguments, kept as one by the export.
    assert {a.conclusion for a in m.arguments if a.key.startswith("Two")} == {"Tea", "Other"}
    chain = m.get("Chain", argmap.Argument)
    assert chain.premises == ("A", "C", "untitled-1")
    assert chain.scheme == "Rule one, Rule two"
    assert m.get("Chain.step1", argmap.Argument).premises == ("A", "B")
    undercut = next(o for o in m.objections if o.attacker == "Doubt")
    assert (undercut.kind.value, undercut.target) == ("undercut", "Chain")
    strict = argmap.load_map(CORPUS / "strict.argdown")
    oppositions = {(o.attacker, o.target): o.opposition for o in strict.objections if o.opposition}
    assert {k: v.value for k, v in oppositions.items()} == {
        ("A", "B"): "contrary",  # `<- [A]` under [B], read strictly
        ("A", "C"): "contrary",
        ("A", "D"): "contradictory",
        ("E", "C"): "contrary",
    }
    assert argmap.load_map(CORPUS / "include_main.argdown").get("Inc", argmap.Claim).text == (
        "From the included file."
    )


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[A]: x\n[B] +> [A]\n", "line 2 column 1"),
        ("<A>\n\n(1) [P]\n(2) [Q]\n", "line 4 column 8"),
        ("[A]: {broken: [}\n", "line 1 column 6"),
        ("[A]: ends in a backslash \\", "line 1 column 26"),
    ],
)
def test_errors_carry_line_and_column(text: str, where: str) -> None:
    with pytest.raises(FormatError) as caught:
        argdown.loads(text)
    assert str(caught.value).startswith(where), str(caught.value)


def test_includes_stay_in_the_documents_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.argdown").write_text("[S]: secret\n")
    folder = tmp_path / "maps"
    folder.mkdir()
    (folder / "m.argdown").write_text("[A]: a\n\n@include(../secret.argdown)\n")
    with pytest.raises(FormatError, match="outside the document's folder"):
        argmap.load_map(folder / "m.argdown")
    (folder / "loop.argdown").write_text("[A]: a\n\n@include(loop.argdown)\n")
    assert [c.key for c in argmap.load_map(folder / "loop.argdown").claims] == ["A"]


def test_a_brace_in_a_note_is_escaped(argdown_cli: Path, tmp_path: Path) -> None:
    b = argmap.MapBuilder("Braces")
    b.claim("c", "A } b { c", note="a } b, {x: 1} } y")
    m = b.build()
    (tmp_path / "braces.argdown").write_text(argdown.dumps(m), encoding="utf-8")
    _parse(argdown_cli, tmp_path)
    back = argdown_json.load(tmp_path / "json" / "braces.json")
    assert (back.claims[0].text, back.claims[0].note) == ("A } b { c", "a } b, {x: 1} } y")
    assert argdown.loads(argdown.dumps(m)).claims == m.claims


# No shrinking: each run starts Node.js.
@settings(
    max_examples=3,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(st.one_of(texts(), nasty_texts()), st.one_of(texts(), nasty_texts())),
        min_size=12,
        max_size=12,
    )
)
def test_any_text_and_note_survive_the_official_parser(
    argdown_cli: Path, tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[str, str]]
) -> None:
    folder = tmp_path_factory.mktemp("texts")
    b = argmap.MapBuilder("Texts")
    target = b.claim("target", "Target.")
    for i, (text, note) in enumerate(pairs):
        b.claim(f"c{i}", text, note=note)
        b.argument(f"a{i}", [], target, text=text, note=note)
    m = b.build()
    (folder / "texts.argdown").write_text(argdown.dumps(m), encoding="utf-8")
    _parse(argdown_cli, folder)
    back = argdown_json.load(folder / "json" / "texts.json")
    for original, read in zip(m.claims, back.claims, strict=True):
        assert normalize_space(read.text) == normalize_space(original.text)
        assert read.note == original.note
    for original_argument, read_argument in zip(m.arguments, back.arguments, strict=True):
        assert read_argument.note == original_argument.note
        assert normalize_space(read_argument.text or "") == normalize_space(
            original_argument.text or ""
        )
    # argmap's own reader agrees with the official one.
    native = argdown.loads((folder / "texts.argdown").read_text(encoding="utf-8"))
    assert (native.claims, native.arguments) == (back.claims, back.arguments)
