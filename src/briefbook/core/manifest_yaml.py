"""Parsing a manifest's YAML (PyYAML's safe machinery, imported only when a manifest must be parsed).

No tags beyond the standard ones, no aliases (an alias bomb is refused before it can expand), duplicate
keys reported; every problem located at its line and column.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from pathlib import Path
from typing import Any

import yaml

from .manifest import (
    _ISO_DATE,
    _STANDARD_TAGS,
    ACTOR_KEYS,
    ACTOR_KINDS,
    ARTICLE_KEYS,
    TOP_KEYS,
    ManifestError,
    ManifestPaths,
    Problem,
)
from .model import ActorConfig, ArticleSource, Briefing
from .reading import sanitize
from .text import squash

_NUMBER = re.compile(r"[-+]?\d+")
_STR_TAG = "tag:yaml.org,2002:str"


def _type_name(node: yaml.Node) -> str:
    if node.tag == _STR_TAG and type(node) is yaml.ScalarNode:
        value = node.value
        if value in ("", "~", "null"):
            return "empty"
        return "a number" if _NUMBER.fullmatch(value) else "text"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    value = node.value
    if node.tag.endswith(":null") or value in ("", "~", "null"):
        return "empty"
    if node.tag.endswith(":int") or _NUMBER.fullmatch(value or ""):
        return "a number"
    if node.tag.endswith(":bool"):
        return "true/false"
    return "text"


def _scalar_text(node: yaml.Node) -> str | None:
    if isinstance(node, yaml.ScalarNode) and _type_name(node) not in ("empty", "a mapping", "a list"):
        return str(node.value)
    return None


def _did_you_mean(key: str, known: dict[str, Any]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(known)})"


def _yaml_error_text(exc: yaml.MarkedYAMLError) -> str:
    """PyYAML's error as one line, naming where the construct it was reading began."""
    what = exc.problem or "invalid YAML"
    ctx = exc.context_mark
    if exc.context and ctx is not None and exc.problem_mark is not None and ctx.line != exc.problem_mark.line:
        what += f" ({exc.context} that starts at line {ctx.line + 1}, column {ctx.column + 1})"
    elif exc.context:
        what += f" ({exc.context})"
    return what


# libyaml's safe loader when PyYAML was built with it (ten times faster on a long manifest).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SAFE_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader with its tag resolution remembered per scalar: a manifest repeats its keys and
    outlets thousands of times, and a plain scalar no implicit tag can start with is text at once."""

    _FIRSTS = frozenset(k for k in _SAFE_LOADER.yaml_implicit_resolvers if k)
    _REMEMBER_UP_TO = 40

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._tags: dict[tuple[str, tuple[bool, bool]], str] = {}

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not yaml.ScalarNode or self.yaml_path_resolvers:
            return super().resolve(kind, value, implicit)
        if implicit[0] and value and value[0] not in self._FIRSTS and None not in self.yaml_implicit_resolvers:
            return self.DEFAULT_SCALAR_TAG
        key = (value, implicit)
        tag = self._tags.get(key)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(value) <= self._REMEMBER_UP_TO:
                self._tags[key] = tag
        return tag


_LOADER = _Loader


class _Parser(ManifestPaths):
    """Turns a manifest's text into a Briefing, collecting located problems."""

    def __init__(self, path: Path, allow_outside: bool) -> None:
        super().__init__(path)
        self.path = path
        self.label = str(path)
        self.allow_outside = allow_outside
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node | yaml.Mark | None, message: str, fatal: bool = False) -> None:
        mark = node.start_mark if isinstance(node, yaml.Node) else node
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        self.problems.append(Problem(self.label, line, col, message, fatal))

    def fail(self, node: yaml.Node | yaml.Mark | None, message: str) -> ManifestError:
        self.problem(node, message, fatal=True)
        return ManifestError(self.problems[-1])

    def compose(self, text: str) -> yaml.Node:
        try:
            if "*" in text:
                for event in yaml.parse(text, Loader=_LOADER):
                    if isinstance(event, yaml.AliasEvent):
                        raise self.fail(event.start_mark, "YAML aliases (*name) are not allowed in a manifest")
            node = yaml.compose(text, Loader=_LOADER)
        except yaml.MarkedYAMLError as exc:
            raise self.fail(exc.problem_mark or exc.context_mark, f"YAML syntax error: {_yaml_error_text(exc)}") from None
        except yaml.YAMLError as exc:
            raise self.fail(None, f"YAML error: {exc}") from None
        if node is None:
            raise self.fail(None, "the manifest is empty")
        if "!" in text or "<<" in text or "=" in text:  # explicit tags, merge keys, value keys
            self._check_tags(node)
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"a manifest must be a mapping with an 'articles' list, not {_type_name(node)}")
        return node

    def _check_tags(self, node: yaml.Node) -> None:
        stack = [node]
        while stack:
            n = stack.pop()
            if n.tag not in _STANDARD_TAGS:
                raise self.fail(n, f"the tag {n.tag!r} is not allowed in a manifest")
            if isinstance(n, yaml.MappingNode):
                for k, v in n.value:
                    stack.extend((k, v))
            elif isinstance(n, yaml.SequenceNode):
                stack.extend(n.value)

    def mapping(self, node: yaml.MappingNode, known: dict[str, Any], where: str) -> dict[str, yaml.Node]:
        out: dict[str, yaml.Node] = {}
        for knode, vnode in node.value:
            key = _scalar_text(knode)
            if key is None:
                self.problem(knode, f"{where}: a key must be text")
                continue
            if key in out:
                self.problem(knode, f"{where}: duplicate key '{key}'")
                continue
            if key not in known:
                self.problem(knode, f"{where}: unknown key '{key}'{_did_you_mean(key, known)}")
                continue
            out[key] = vnode
        return out

    def text(self, node: yaml.Node | None, where: str, *, raw: bool = False) -> str | None:
        """A scalar as text: sanitised like article text (no escapes, no controls) unless `raw`."""
        if node is None:
            return None
        kind = _type_name(node)
        if kind == "empty":
            return None
        if kind in ("a mapping", "a list", "true/false"):
            self.problem(node, f"{where} must be text, not {kind}")
            return None
        return str(node.value) if raw else squash(sanitize(str(node.value)))

    def text_list(self, node: yaml.Node | None, where: str) -> tuple[str, ...]:
        if node is None or _type_name(node) == "empty":
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{where} must be a list, not {_type_name(node)}")
            return ()
        out = []
        for item in node.value:
            t = self.text(item, f"each item of {where}")
            if t is not None:
                out.append(t)
        return tuple(out)

    def date(self, node: yaml.Node | None, where: str) -> dt.date | None:
        if node is None or _type_name(node) == "empty":
            return None
        if not isinstance(node, yaml.ScalarNode) or _type_name(node) == "true/false":
            self.problem(node, f"{where} must be a date (YYYY-MM-DD), not {_type_name(node)}")
            return None
        value = str(node.value).strip()
        try:
            if not _ISO_DATE.fullmatch(value):
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError:
            self.problem(node, f"{where} is not a date: {value!r} (write YYYY-MM-DD)")
            return None

    def article(self, node: yaml.Node, order: int, seen: dict[str, yaml.Node]) -> ArticleSource | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"article {order + 1}: must be a mapping with a 'file' key, not {_type_name(node)}")
            return None
        fields = self.mapping(node, ARTICLE_KEYS, f"article {order + 1}")
        if "file" not in fields:
            self.problem(node, f"article {order + 1}: the 'file' key is missing")
            return None
        rel = self.text(fields["file"], f"article {order + 1}: 'file'", raw=True)
        if not rel:
            return None
        full = os.path.normpath(os.path.join(self._base, rel))
        if not self.allow_outside and not self.inside(self._root, full):
            self.problem(fields["file"], f"article file {rel!r} leaves the briefing's folder (pass --allow-outside to permit it)")
            return None
        try:
            key = self.resolved(full)
        except (ValueError, OSError):
            key = full
        if key == self._self_key:
            self.problem(fields["file"], "the manifest lists itself as an article")
            return None
        if key in seen:
            first = seen[key].start_mark.line + 1
            self.problem(fields["file"], f"article file {rel!r} is listed twice (first at line {first})")
            return None
        seen[key] = fields["file"]
        drop = self.text_list(fields.get("drop"), f"article {order + 1}: 'drop'")
        for dn, pattern in zip(fields["drop"].value if "drop" in fields and isinstance(fields["drop"], yaml.SequenceNode) else [], drop):
            if len(pattern) > 2 and pattern.startswith("/") and pattern.endswith("/"):
                try:
                    re.compile(pattern[1:-1])
                except re.error as exc:
                    self.problem(dn, f"article {order + 1}: drop pattern {pattern!r} is not a valid regular expression: {exc}")
        art_id = self.text(fields.get("id"), f"article {order + 1}: 'id'") or Path(rel).stem
        return ArticleSource(
            id=art_id,
            path=full,
            order=order,
            outlet=self.text(fields.get("outlet"), f"article {order + 1}: 'outlet'"),
            date=self.date(fields.get("date"), f"article {order + 1}: 'date'"),
            title=self.text(fields.get("title"), f"article {order + 1}: 'title'"),
            drop=drop,
            line=node.start_mark.line + 1,
        )

    def actor(self, node: yaml.Node, n: int) -> ActorConfig | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"actor {n}: must be a mapping with a 'name' key, not {_type_name(node)}")
            return None
        fields = self.mapping(node, ACTOR_KEYS, f"actor {n}")
        name = self.text(fields.get("name"), f"actor {n}: 'name'")
        if not name:
            self.problem(node, f"actor {n}: the 'name' key is missing")
            return None
        kind = self.text(fields.get("kind"), f"actor {n}: 'kind'")
        if kind is not None and kind not in ACTOR_KINDS:
            self.problem(fields["kind"], f"actor {n}: 'kind' must be one of {', '.join(ACTOR_KINDS)}, not {kind!r}")
            kind = None
        return ActorConfig(
            name=name,
            kind=kind,
            role=self.text(fields.get("role"), f"actor {n}: 'role'"),
            aliases=self.text_list(fields.get("aliases"), f"actor {n}: 'aliases'"),
            group=self.text(fields.get("group"), f"actor {n}: 'group'"),
        )

    def parse(self, text: str) -> Briefing:
        root = self.compose(text)
        fields = self.mapping(root, TOP_KEYS, "manifest")
        if "articles" not in fields:
            raise self.fail(root, "the manifest has no 'articles' list")
        arts_node = fields["articles"]
        if not isinstance(arts_node, yaml.SequenceNode):
            raise self.fail(arts_node, f"'articles' must be a list, not {_type_name(arts_node)}")
        if not arts_node.value:
            self.problem(arts_node, "'articles' is empty: a briefing needs at least one article")
        seen: dict[str, yaml.Node] = {}
        sources = [s for i, n in enumerate(arts_node.value) if (s := self.article(n, i, seen))]
        ids: dict[str, int] = {}
        unique = []
        for s in sources:
            if s.id in ids:
                ids[s.id] += 1
                s = ArticleSource(**{**{f: getattr(s, f) for f in s.__slots__}, "id": f"{s.id}-{ids[s.id]}"})
            else:
                ids[s.id] = 1
            unique.append(s)
        actors: list[ActorConfig] = []
        if "actors" in fields and _type_name(fields["actors"]) != "empty":
            if isinstance(fields["actors"], yaml.SequenceNode):
                actors = [a for i, n in enumerate(fields["actors"].value, 1) if (a := self.actor(n, i))]
            else:
                self.problem(fields["actors"], f"'actors' must be a list, not {_type_name(fields['actors'])}")
        title = self.text(fields.get("title"), "'title'") or self.path.stem.replace("-", " ").replace("_", " ")
        return Briefing(
            title=title,
            description=self.text(fields.get("description"), "'description'"),
            sources=tuple(unique),
            root=str(self.path.parent),
            manifest=str(self.path),
            actors=tuple(actors),
            questions=self.text_list(fields.get("questions"), "'questions'"),
        )



def parse_manifest(path: Path, text: str, *, allow_outside: bool = False) -> tuple[Briefing, list[Problem]]:
    """Parse a manifest's text. Raises ManifestError when nothing usable can be read."""
    parser = _Parser(path, allow_outside)
    briefing = parser.parse(text)
    return briefing, parser.problems
