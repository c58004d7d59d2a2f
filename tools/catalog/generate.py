#!/usr/bin/env python3
"""Generates the Java catalog of Open edX events from the upstream catalog JSON.

For each upstream subdomain (analytics, authz, content_authoring, enterprise, learning) it writes, under
api/src/main/java/org/openedx/events/:

  <sub>/<Sub>Events.java      the event types, as String constants
  <sub>/<Sub>Signals.java     the OpenEdxPublicSignal constants and ALL, in upstream order
  <sub>/package-info.java
  <sub>/data/<Class>.java     one record per upstream attrs data class
  <sub>/data/package-info.java

and BuiltInCatalog.java, which lists the subdomains in upstream's load order. The Javadoc wording comes from
wording.py; the facts (names, types, defaults, keys) come from the catalog only.

Usage, from anywhere:

  python3 tools/catalog/generate.py            write the sources (and delete stale ones in generated packages)
  python3 tools/catalog/generate.py --check    write nothing; exit 1 when a source is missing or out of date

Python 3.8+, standard library only. The output is deterministic.
"""

import argparse
import json
import re
import sys
from pathlib import Path

import wording

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "api/src/test/resources/openedx-events-catalog.json"
JAVA_ROOT = ROOT / "api/src/main/java"
BASE_PACKAGE = "org.openedx.events"
WIDTH = 120
GENERATOR = "tools/catalog/generate.py"

PRIMITIVES = {"int": ("long", "Long"), "bool": ("boolean", "Boolean"), "float": ("double", "Double")}
SIMPLE_TYPES = {"str": "String", "datetime": "OffsetDateTime", "UUID": "UUID", "BinaryIO": "byte[]"}
TYPE_IMPORTS = {"OffsetDateTime": "java.time.OffsetDateTime", "UUID": "java.util.UUID",
                "List": "java.util.List", "Map": "java.util.Map"}
KEY_PACKAGE = BASE_PACKAGE + ".keys"

STALE_BUS_WARNING = "incompatible with the event bus"


# --- Names ---------------------------------------------------------------------------------------------------------

def camel(snake):
    """Upstream snake_case to Java camelCase: is_active -> isActive."""
    head, *rest = snake.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def pascal(snake):
    """content_authoring -> ContentAuthoring."""
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def java_package(module):
    """openedx_events.content_authoring.data -> org.openedx.events.contentauthoring.data."""
    parts = module.split(".")[1:]
    return ".".join([BASE_PACKAGE] + [part.replace("_", "") for part in parts])


def sub_package(subdomain):
    return BASE_PACKAGE + "." + subdomain.replace("_", "")


def path_of(package, simple_name):
    return JAVA_ROOT / package.replace(".", "/") / (simple_name + ".java")


# --- Javadoc text --------------------------------------------------------------------------------------------------

def javadoc_escape(text):
    """Upstream prose to Javadoc: escape HTML, turn ``code`` into {@code code} and **x** into <strong>x</strong>."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"``([^`]+)``", r"{@code \1}", text)
    text = re.sub(r"`([^`]+)`", r"{@code \1}", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", text)
    return text


def tokens(text):
    """Words, keeping inline tags such as {@code a b} together."""
    out, current, depth, i = [], "", 0, 0
    while i < len(text):
        char = text[i]
        if char == "{" and text.startswith("{@", i):
            depth += 1
        elif char == "{" and depth:
            depth += 1
        elif char == "}" and depth:
            depth -= 1
        if char == " " and not depth:
            if current:
                out.append(current)
            current = ""
        else:
            current += char
        i += 1
    if current:
        out.append(current)
    return out


def wrap(text, prefix, rest_prefix=None, width=WIDTH):
    """Greedy word wrap; the first line starts with prefix, the others with rest_prefix (default: prefix)."""
    rest_prefix = prefix if rest_prefix is None else rest_prefix
    room = width - max(len(prefix), len(rest_prefix))
    words = []
    for token in tokens(text):
        words.extend(token.split(" ") if len(token) > room else [token])
    lines, line = [], ""
    for word in words:
        current_room = width - len(rest_prefix if lines else prefix)
        if line and len(line) + 1 + len(word) > current_room:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return [((rest_prefix if index else prefix) + line).rstrip() for index, line in enumerate(lines)]


def javadoc(indent, paragraphs, tags=()):
    """A Javadoc block: paragraphs (the 2nd and later get <p>), then block tags such as ("@param", "x", "text")."""
    pad = " " * indent
    lines = [pad + "/**"]
    for index, paragraph in enumerate(paragraphs):
        if index:
            lines.append(pad + " *")
        lines.extend(wrap(("<p>" if index else "") + paragraph, pad + " * "))
    if tags:
        lines.append(pad + " *")
        for tag, name, text in tags:
            lines.extend(wrap(text, pad + " * " + tag + " " + name + " ", pad + " *     "))
    lines.append(pad + " */")
    return lines


def one_line_javadoc(indent, text):
    line = " " * indent + "/** " + text + " */"
    return [line] if len(line) <= WIDTH else javadoc(indent, [text])


def first_sentence(text):
    match = re.match(r"(.+?\.)(\s|$)", text)
    return match.group(1) if match else text


# --- Catalog model -------------------------------------------------------------------------------------------------

class Catalog:
    def __init__(self, data):
        self.events = data["events"]
        self.classes = {cls["qualified_name"]: cls for cls in data["data_classes"]}
        self.unserializable = set(data["known_unserializable_signals"])
        self.subdomains = []
        for event in self.events:
            if event["subdomain"] not in self.subdomains:
                self.subdomains.append(event["subdomain"])
        self.reachable = self._reachable()
        self.subclasses = {}
        for cls in self.classes.values():
            for base in cls["bases"]:
                self.subclasses.setdefault(base, []).append(cls["qualified_name"])

    def generated_classes(self):
        """The data classes that become records: all but EventsMetadata, hand-written in org.openedx.events."""
        return [cls for cls in self.classes.values() if cls["module"] != "openedx_events.data"]

    def _reachable(self):
        seen, todo = set(), [q for event in self.events for q in event["data"].values()]
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            cls = self.classes[name]
            for field in cls["fields"]:
                for part in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", field["type"]):
                    qualified = cls["module"] + "." + part
                    if qualified in self.classes:
                        todo.append(qualified)
        return seen

    def resolve(self, event):
        """None when the event key field resolves against the payload, else why it does not."""
        path = event["event_key_field"].split(".")
        if path[0] not in event["data"]:
            return "the payload key is {@code %s}, not {@code %s}" % (next(iter(event["data"])), path[0])
        cls = self.classes[event["data"][path[0]]]
        for index, name in enumerate(path[1:], start=1):
            field = next((f for f in cls["fields"] if f["name"] == name), None)
            if field is None:
                return "{@code %s} has no field {@code %s}" % (cls["name"], name)
            if index < len(path) - 1:
                nested = cls["module"] + "." + field["type"]
                if nested not in self.classes:
                    return "{@code %s.%s} has no fields" % (cls["name"], name)
                cls = self.classes[nested]
        return None


# --- Types ---------------------------------------------------------------------------------------------------------

def parse_type(text):
    """'dict[str, List[str]]' -> ('dict', [('str', []), ('List', [('str', [])])])."""
    text = text.strip()
    match = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?", text)
    if not match:
        raise ValueError("cannot parse type " + text)
    name, inner = match.group(1), match.group(2)
    args, depth, start = [], 0, 0
    if inner:
        for i, char in enumerate(inner):
            depth += char == "["
            depth -= char == "]"
            if char == "," and depth == 0:
                args.append(inner[start:i])
                start = i + 1
        args.append(inner[start:])
    return name, [parse_type(arg) for arg in args]


class JavaType:
    """How one upstream type is written in Java."""

    def __init__(self, catalog, module, parsed, boxed, element):
        name, args = parsed
        self.imports = set()
        self.record = False
        self.container = None
        self.nested_container = False
        if name in ("List", "list"):
            item = JavaType(catalog, module, args[0], True, True)
            self.plain = "List<%s>" % item.plain
            self.annotated = "List<%s>" % item.annotated
            self.container = "list"
        elif name in ("dict", "Dict"):
            if args[0] != ("str", []):
                raise ValueError("only str map keys are supported")
            value = JavaType(catalog, module, args[1], True, True)
            self.plain = "Map<String, %s>" % value.plain
            self.annotated = "Map<String, %s>" % value.annotated
            self.container = "map"
        if self.container:
            inner = item if self.container == "list" else value
            self.imports |= inner.imports | {TYPE_IMPORTS["List" if self.container == "list" else "Map"]}
            self.nested_container = inner.container is not None
            if inner.nested_container:
                raise ValueError("containers nested deeper than two levels are not supported")
        else:
            if name in PRIMITIVES:
                self.plain = PRIMITIVES[name][1 if boxed else 0]
            elif name in SIMPLE_TYPES:
                self.plain = SIMPLE_TYPES[name]
                if self.plain in TYPE_IMPORTS:
                    self.imports.add(TYPE_IMPORTS[self.plain])
            elif module + "." + name in catalog.classes:
                self.plain = name
                self.record = True
            elif name in KNOWN_KEYS:
                self.plain = name
                self.imports.add(KEY_PACKAGE + "." + name)
            else:
                raise ValueError("unknown type " + name)
            self.annotated = self.plain
        if element:
            self.annotated = "@NotNull " + ("@Valid " if self.record else "") + self.annotated
        self.primitive = self.plain in ("long", "boolean", "double")


KNOWN_KEYS = set()


# --- Records -------------------------------------------------------------------------------------------------------

class Component:
    def __init__(self, catalog, cls, field):
        self.field = field
        self.wire = field["name"]
        self.name = camel(field["name"])
        self.nullable = field["default_is_none"]
        self.required = field["required"]
        self.factory = field["default_factory"]
        self.default = field["default_repr"]
        self.type = JavaType(catalog, cls["module"], parse_type(field["type"]), self.nullable, False)
        if field["type"] == "BinaryIO" and not self.required:
            raise ValueError("only required binary fields are supported")
        if self.default not in (None, "None", "True", "False", "dict"):
            raise ValueError("unsupported default %s of %s.%s" % (self.default, cls["name"], self.wire))

    @property
    def not_null(self):
        return not self.nullable and not self.type.primitive

    @property
    def empty_default(self):
        """'str', 'list' or 'map' when null is replaced by an empty value (factory=, or the default=dict quirk)."""
        if self.factory == "str":
            return "str"
        if self.factory in ("list", "dict") or self.default == "dict":
            return self.type.container
        return None

    def declaration(self):
        parts = []
        if self.name != self.wire:
            if self.nullable:
                # JSON-B leaves a null @JsonbProperty component out (its nillable defaults to false), whatever the
                # Jsonb's null-value setting; @JsonbNillable keeps it, as null, like every other optional component
                parts.append("@JsonbNillable")
            parts.append('@JsonbProperty("%s")' % self.wire)
        if self.not_null:
            parts.append("@NotNull")
        if self.type.record:
            parts.append("@Valid")
        parts.append(self.type.annotated)
        parts.append(self.name)
        return " ".join(parts)

    def normalization(self):
        """The compact-constructor statement for this component, or None."""
        name, empty = self.name, self.empty_default
        if self.field["type"] == "datetime":
            return "%s = Payloads.micros(%s);" % (name, name)
        if self.field["type"] == "BinaryIO":
            return "%s = %s == null ? null : %s.clone();" % (name, name, name)
        if empty == "str":
            return "%s = Payloads.orEmpty(%s);" % (name, name)
        if self.type.container:
            if self.type.nested_container:
                copy = "Payloads.copy(%s, Payloads::copy)" % name
                if empty:
                    return "%s = %s == null ? %s : %s;" % (name, name, self.default_literal(), copy)
                return "%s = %s;" % (name, copy)
            return "%s = Payloads.%s(%s);" % (name, "copyOrEmpty" if empty else "copy", name)
        return None

    def default_literal(self):
        if self.nullable:
            return "null"
        empty = self.empty_default
        if empty:
            return {"str": '""', "list": "List.of()", "map": "Map.of()"}[empty]
        return {"True": "true", "False": "false"}[self.default]

    def default_phrase(self):
        """How the parameter text ends, telling the default."""
        empty = self.empty_default
        if self.default == "dict":
            return "; upstream default: an empty map (upstream's default is the {@code dict} class itself, a quirk)"
        if empty == "str":
            return '; upstream default {@code ""}'
        if empty:
            return "; upstream default: an empty " + empty
        if self.default in ("True", "False"):
            return "; upstream default {@code %s}" % self.default.lower()
        return ""


class Record:
    def __init__(self, catalog, cls):
        self.catalog = catalog
        self.cls = cls
        self.qualified = cls["qualified_name"]
        self.name = cls["name"]
        self.package = java_package(cls["module"])
        self.components = [Component(catalog, cls, field) for field in cls["fields"]]
        self.required = [c for c in self.components if c.required]
        self.pii = set(wording.PII.get(self.qualified, []))
        self.binary = [c for c in self.components if c.field["type"] == "BinaryIO"]
        if self.qualified not in wording.CLASSES:
            raise KeyError("wording.CLASSES has no entry for " + self.qualified)

    def field_text(self, field):
        cls, name = self.cls, field["name"]
        while True:
            texts = wording.FIELDS.get(cls["qualified_name"], {})
            if name in texts:
                return texts[name]
            if not cls["bases"]:
                raise KeyError("wording.FIELDS has no text for %s.%s" % (self.qualified, name))
            cls = self.catalog.classes[cls["bases"][0]]

    def param_text(self, component):
        text = self.field_text(component.field)
        if component.nullable and "null" not in text:
            text += ", or null"
        return text + component.default_phrase()

    def imports(self):
        names = {"jakarta.json.bind.annotation.JsonbCreator"}
        for c in self.components:
            names |= c.type.imports
            if c.name != c.wire:
                names.add("jakarta.json.bind.annotation.JsonbProperty")
                if c.nullable:
                    names.add("jakarta.json.bind.annotation.JsonbNillable")
            if c.not_null or c.type.container:
                names.add("jakarta.validation.constraints.NotNull")
            if c.type.record or "@Valid" in c.type.annotated:
                names.add("jakarta.validation.Valid")
            if c.normalization() and "Payloads." in c.normalization():
                names.add(BASE_PACKAGE + ".support.Payloads")
        if len(self.required) < len(self.components):
            for c in self.components:
                literal = c.default_literal() if not c.required else ""
                if literal.startswith("List."):
                    names.add(TYPE_IMPORTS["List"])
                if literal.startswith("Map."):
                    names.add(TYPE_IMPORTS["Map"])
        if self.binary:
            names |= {"java.util.Arrays", "java.util.Objects"}
        return names

    def class_paragraphs(self):
        info = wording.CLASSES[self.qualified]
        upstream = "Upstream: {@code %s}" % self.qualified
        bases = self.cls["bases"]
        if bases:
            base = self.catalog.classes[bases[0]]
            own = {f["name"]: f for f in self.cls["fields"] if not f["inherited_from"]}
            upstream += (" (upstream subclass of {@link %s}). Records cannot extend, so the inherited components "
                         "come first, in upstream's attribute order" % base["name"])
            for field in base["fields"]:
                if field["name"] in own:
                    upstream += "; {@code %s} is redefined here" % field["name"]
                    if own[field["name"]]["type"] != field["type"]:
                        upstream += " as a {@link %s}" % own[field["name"]]["type"]
                    upstream += ", so it moves after them"
        subclasses = self.catalog.subclasses.get(self.qualified, [])
        if subclasses:
            links = ["{@link %s}" % self.catalog.classes[s]["name"] for s in subclasses]
            upstream += ". It is the upstream base class of %s, which repeat its components" % join_and(links)
        if self.qualified not in self.catalog.reachable:
            upstream += ". No upstream event carries it, directly or nested"
        paragraphs = [info["summary"], upstream + "."]
        paragraphs.extend(info.get("notes", []))
        if self.pii:
            masked = join_and(["{@code %s}" % camel(name) for name in self.cls_field_order(self.pii)])
            paragraphs.append("{@link #toString()} masks %s so that the record is safe to log." % masked)
        return paragraphs

    def cls_field_order(self, names):
        return [f["name"] for f in self.cls["fields"] if f["name"] in names]

    def render(self):
        lines = ["package %s;" % self.package, ""]
        lines += render_imports(self.imports())
        params = [("@param", c.name, self.param_text(c)) for c in self.components]
        lines += javadoc(0, self.class_paragraphs(), params)
        lines.append("public record %s(" % self.name)
        for index, c in enumerate(self.components):
            end = ") {" if index == len(self.components) - 1 else ","
            line = " " * 8 + c.declaration() + end
            if len(line) > WIDTH and " " + c.type.annotated + " " in line:
                # the annotations on their own line, the type and name on the next
                at = line.rindex(" " + c.type.annotated + " ")
                lines.append(line[:at])
                line = " " * 8 + line[at + 1:]
            lines.append(line)
        if not self.components:
            lines[-1] += ") {"
        lines.append("")
        lines += self.render_compact_constructor()
        if len(self.required) < len(self.components):
            lines.append("")
            lines += self.render_short_constructor()
        if self.binary:
            lines += self.render_binary_members()
        if self.pii or self.binary:
            lines.append("")
            lines += self.render_to_string()
        lines.append("}")
        return lines

    def render_compact_constructor(self):
        statements = [c.normalization() for c in self.components if c.normalization()]
        if statements:
            text = "Copies and normalizes the components"
            groups = {}
            for c in self.components:
                if c.empty_default:
                    groups.setdefault(c.empty_default, []).append("{@code %s}" % c.name)
            for kind, names in groups.items():
                if len(names) == 1:
                    text += "; a null %s becomes %s" % (names[0], EMPTY_PHRASES[kind][0])
                else:
                    text += "; null %s become %s" % (join_and(names), EMPTY_PHRASES[kind][1])
            text += "."
        else:
            text = "Canonical constructor."
        params = [("@param", c.name, self.param_text(c)) for c in self.components]
        lines = javadoc(4, [text], params) if params else one_line_javadoc(4, text)
        lines += ["    @JsonbCreator", "    public %s {" % self.name]
        lines += [" " * 8 + statement for statement in statements]
        lines.append("    }")
        return lines

    def render_short_constructor(self):
        if self.required:
            tags = [("@param", c.name, self.field_text(c.field)) for c in self.required]
            lines = javadoc(4, ["Only the required components; the others take upstream's defaults."], tags)
        else:
            lines = one_line_javadoc(4, "Every component takes upstream's default.")
        signature = ", ".join("%s %s" % (c.type.plain, c.name) for c in self.required)
        lines += wrap_code("    public %s(" % self.name, signature.split(", "), ") {", 12)
        arguments = [c.name if c.required else c.default_literal() for c in self.components]
        lines += wrap_code("        this(", arguments, ");", 16)
        lines.append("    }")
        return lines

    def render_binary_members(self):
        lines = []
        for c in self.binary:
            lines.append("")
            lines += javadoc(4, ["Returns a copy of the {@code %s} bytes: changing it does not change the record."
                                 % c.name], [("@return", "a", "copy of {@code %s}, or null" % c.name)])
            lines += ["    @Override", "    public byte[] %s() {" % c.name,
                      "        return %s == null ? null : %s.clone();" % (c.name, c.name), "    }"]
        lines.append("")
        lines += one_line_javadoc(4, "Equal when all components are, comparing arrays by content.")
        lines += ["    @Override", "    public boolean equals(Object other) {"]
        comparisons = ["other instanceof %s that" % self.name]
        for c in self.components:
            if c.field["type"] == "BinaryIO":
                comparisons.append("Arrays.equals(%s, that.%s)" % (c.name, c.name))
            elif c.type.primitive:
                comparisons.append("%s == that.%s" % (c.name, c.name))
            else:
                comparisons.append("Objects.equals(%s, that.%s)" % (c.name, c.name))
        lines.append("        return " + comparisons[0])
        for index, comparison in enumerate(comparisons[1:], start=1):
            lines.append("                && " + comparison + (";" if index == len(comparisons) - 1 else ""))
        lines += ["    }", ""]
        lines += one_line_javadoc(4, "A hash of all components, hashing arrays by content.")
        hashed = ["Arrays.hashCode(%s)" % c.name if c.field["type"] == "BinaryIO" else c.name
                  for c in self.components]
        lines += ["    @Override", "    public int hashCode() {"]
        lines += wrap_code("        return Objects.hash(", hashed, ");", 16)
        lines.append("    }")
        return lines

    def render_to_string(self):
        notes = []
        if self.pii:
            notes.append("masks the personal data")
        if self.binary:
            notes.append("shows only the length of byte arrays")
        lines = one_line_javadoc(4, "Like the default record toString, but %s." % " and ".join(notes))
        lines += ["    @Override", "    public String toString() {"]
        pieces, literal = [], self.name + "["
        for index, c in enumerate(self.components):
            literal += ("" if index == 0 else ", ") + c.name + "="
            if c.wire in self.pii:
                literal += "***"
            elif c.field["type"] == "BinaryIO":
                pieces.append('"%s"' % literal)
                pieces.append('(%s == null ? "null" : "byte[" + %s.length + "]")' % (c.name, c.name))
                literal = ""
            else:
                pieces.append('"%s"' % literal)
                pieces.append(c.name)
                literal = ""
        pieces.append('"%s]"' % literal)
        lines += wrap_concatenation("        return ", pieces, ";", 16)
        lines.append("    }")
        return lines


EMPTY_PHRASES = {"str": ('upstream\'s default {@code ""}', '{@code ""}'), "list": ("an empty list", "empty lists"),
                 "map": ("an empty map", "empty maps")}


def join_and(items):
    """a, b and c."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def wrap_code(head, items, tail, continuation):
    """head + items joined by ', ' + tail, wrapped at commas with the given continuation indent."""
    lines, line = [], head
    for index, item in enumerate(items):
        piece = item + (", " if index < len(items) - 1 else tail)
        if len(line) + len(piece.rstrip()) > WIDTH and line.strip() != head.strip():
            lines.append(line.rstrip())
            line = " " * continuation
        line += piece
    lines.append(line.rstrip())
    return lines


def wrap_concatenation(head, pieces, tail, continuation):
    """head + pieces joined by ' + ' + tail, breaking before a '+' when a line would be too long."""
    lines, line = [], head + pieces[0]
    for piece in pieces[1:]:
        addition = " + " + piece
        if len(line) + len(addition) + len(tail) > WIDTH:
            lines.append(line)
            line = " " * continuation + "+ " + piece
        else:
            line += addition
    lines.append(line + tail)
    return lines


def render_imports(names):
    groups = [sorted(n for n in names if n.startswith(prefix)) for prefix in ("java.", "jakarta.", "org.")]
    lines = []
    for group in groups:
        if group:
            lines += ["import %s;" % name for name in group] + [""]
    return lines


# --- Signals -------------------------------------------------------------------------------------------------------

def signal_paragraphs(catalog, event, events_class):
    name = event["name"]
    if name not in wording.SIGNALS:
        raise KeyError("wording.SIGNALS has no text for " + name)
    ((data_key, qualified),) = event["data"].items()
    cls = catalog.classes[qualified]
    facts = "Payload {@code %s}: {@link %s}." % (data_key, cls["name"])
    if event["event_key_field"]:
        facts += " Event-bus key: {@code %s}." % event["event_key_field"]
    repositories = (event["trigger_repository"] or "").split()
    if repositories:
        facts += " Sent by %s." % " and ".join("{@code %s}" % r for r in repositories)
    else:
        facts += " Upstream names no repository that sends it."
    paragraphs = [wording.SIGNALS[name], facts]
    if event["event_key_field"]:
        problem = catalog.resolve(event)
        if problem:
            paragraphs.append("The event key field is kept exactly as upstream defines it, although it does not "
                              "resolve against the payload: %s. A producer configured with it cannot find the key."
                              % problem)
    if event["unserializable"]:
        paragraphs.append("This event cannot travel on the event bus: upstream lists it in "
                          "{@code KNOWN_UNSERIALIZABLE_SIGNALS} and has no Avro schema for it. %s"
                          % wording.UNSERIALIZABLE_REASONS[name])
    if event["warning"]:
        warning = "<strong>Upstream warning:</strong> " + javadoc_escape(event["warning"])
        if STALE_BUS_WARNING in event["warning"] and not event["unserializable"]:
            warning += (" (Outdated: upstream took the event off {@code KNOWN_UNSERIALIZABLE_SIGNALS} in 10.6.0, "
                        "and it now has an Avro schema and travels on the event bus.)")
        paragraphs.append(warning)
    paragraphs.append("Event type: {@link %s#%s}." % (events_class, name))
    return paragraphs


def render_signals(catalog, subdomain, events):
    package = sub_package(subdomain)
    sub = pascal(subdomain)
    events_class, signals_class = sub + "Events", sub + "Signals"
    payloads = sorted({catalog.classes[q]["name"] for e in events for q in e["data"].values()})
    names = {"java.util.List", BASE_PACKAGE + ".OpenEdxPublicSignal"}
    names |= {package + ".data." + name for name in payloads}
    lines = ["package %s;" % package, ""] + render_imports(names)
    lines += javadoc(0, [
        "The signals of the %s subdomain (upstream {@code openedx_events.%s.signals}), in upstream's order."
        % (subdomain, subdomain),
        "Each signal's event type is the constant of the same name in {@link %s}. Generated from the upstream "
        "catalog by {@code %s}." % (events_class, GENERATOR)])
    lines += ["public final class %s {" % signals_class, "", "    private %s() {" % signals_class, "    }"]
    for event in events:
        ((data_key, qualified),) = event["data"].items()
        payload = catalog.classes[qualified]["name"]
        lines.append("")
        lines += javadoc(4, signal_paragraphs(catalog, event, events_class))
        header = "    public static final OpenEdxPublicSignal<%s> %s =" % (payload, event["name"])
        if len(header) <= WIDTH:
            lines.append(header)
        else:
            lines += ["    public static final OpenEdxPublicSignal<%s>" % payload, "            %s =" % event["name"]]
        key_field = event["event_key_field"]
        end = "" if key_field else ";"
        arguments = ["%s.%s" % (events_class, event["name"]), '"%s"' % data_key, "%s.class" % payload]
        lines += wrap_code("            OpenEdxPublicSignal.of(", arguments, ")" + end, 20)
        if key_field:
            lines.append('                    .withEventKeyField("%s");' % key_field)
    lines.append("")
    lines += one_line_javadoc(4, "Every signal of this subdomain, in upstream's definition order.")
    lines.append("    public static final List<OpenEdxPublicSignal<?>> ALL = List.of(")
    for index, event in enumerate(events):
        lines.append(" " * 12 + event["name"] + (");" if index == len(events) - 1 else ","))
    lines.append("}")
    return package, signals_class, lines


def render_events(subdomain, events):
    package = sub_package(subdomain)
    sub = pascal(subdomain)
    events_class, signals_class = sub + "Events", sub + "Signals"
    lines = ["package %s;" % package, ""]
    lines += javadoc(0, [
        "The event types of the %s subdomain, as compile-time constants for {@code @OpenEdxEvent(...)}." % subdomain,
        "Each constant's signal, with its payload class, is the field of the same name in {@link %s}." % signals_class])
    lines += ["public final class %s {" % events_class, "", "    private %s() {" % events_class, "    }"]
    for event in events:
        lines.append("")
        text = first_sentence(wording.SIGNALS[event["name"]])
        lines += one_line_javadoc(4, "%s See {@link %s#%s}." % (text, signals_class, event["name"]))
        constant = '    public static final String %s = "%s";' % (event["name"], event["event_type"])
        if len(constant) <= WIDTH:
            lines.append(constant)
        else:
            lines += ["    public static final String %s =" % event["name"], '            "%s";' % event["event_type"]]
    lines.append("}")
    return package, events_class, lines


def render_package_infos(subdomain):
    package = sub_package(subdomain)
    sub = pascal(subdomain)
    top = javadoc(0, [
        wording.SUBDOMAINS[subdomain],
        "{@link %s.%sSignals} defines the signals, {@link %s.%sEvents} their event types as constants, and "
        "{@link %s.data} holds the payload records. Upstream: {@code openedx_events.%s}."
        % (package, sub, package, sub, package, subdomain)])
    data = javadoc(0, [
        "The payload records of the %s subdomain (upstream {@code openedx_events.%s.data})." % (subdomain, subdomain),
        "Each record is an immutable value: collections are copied into unmodifiable ones and date-times are "
        "truncated to microseconds. Components are named in camelCase; where that differs from the upstream "
        "(wire) name, {@code @JsonbProperty} carries the upstream name (with {@code @JsonbNillable} when it may be null, "
        "so that JSON-B writes it as null instead of leaving it out). Required components are {@code @NotNull} "
        "or primitive, components that upstream defaults to {@code None} are nullable, and each record with "
        "defaults has a second constructor taking only the required components. Upstream inheritance is "
        "flattened: a record repeats the components of its upstream base classes first.",
        "Generated from the upstream catalog by {@code %s}." % GENERATOR])
    return [(package, top + ["package %s;" % package]), (package + ".data", data + ["package %s.data;" % package])]


def render_built_in_catalog(catalog):
    names = {"java.util.ArrayList", "java.util.List"}
    names |= {"%s.%sSignals" % (sub_package(s), pascal(s)) for s in catalog.subdomains}
    lines = ["package %s;" % BASE_PACKAGE, ""] + render_imports(names)
    lines += javadoc(0, [
        "The built-in signals of upstream {@code openedx-events} 11.2.0, in upstream's load order (subdomain "
        "packages alphabetically, then definition order within each).",
        "Generated from the upstream catalog by {@code %s}." % GENERATOR])
    lines += ["final class BuiltInCatalog {", "", "    private BuiltInCatalog() {", "    }", "",
              "    static List<OpenEdxPublicSignal<?>> signals() {",
              "        List<OpenEdxPublicSignal<?>> all = new ArrayList<>();"]
    lines += ["        all.addAll(%sSignals.ALL);" % pascal(s) for s in catalog.subdomains]
    lines += ["        return all;", "    }", "}"]
    return lines


# --- Main ----------------------------------------------------------------------------------------------------------

def outputs(catalog):
    """Every generated file: path -> text."""
    files = {}

    def put(package, name, lines):
        text = "\n".join(lines) + "\n"
        for number, line in enumerate(text.splitlines(), start=1):
            if len(line) > WIDTH:
                raise ValueError("%s.%s:%d is longer than %d characters: %s" % (package, name, number, WIDTH, line))
        files[path_of(package, name)] = text

    for subdomain in catalog.subdomains:
        events = [e for e in catalog.events if e["subdomain"] == subdomain]
        put(*render_events(subdomain, events))
        put(*render_signals(catalog, subdomain, events))
        for package, lines in render_package_infos(subdomain):
            put(package, "package-info", lines)
    for cls in catalog.generated_classes():
        record = Record(catalog, cls)
        put(record.package, record.name, record.render())
    put(BASE_PACKAGE, "BuiltInCatalog", render_built_in_catalog(catalog))
    return files


def generated_directories(catalog):
    return [JAVA_ROOT / sub_package(s).replace(".", "/") for s in catalog.subdomains]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail instead of writing when a file is out of date")
    parser.add_argument("--catalog", type=Path, default=CATALOG, help="the catalog JSON (default: %(default)s)")
    args = parser.parse_args()

    data = json.loads(args.catalog.read_text(encoding="utf-8"))
    KNOWN_KEYS.update(data["opaque_key_types"])
    catalog = Catalog(data)
    files = outputs(catalog)

    stale = sorted(path for directory in generated_directories(catalog) if directory.exists()
                   for path in directory.rglob("*.java") if path not in files)
    changed = sorted(path for path, text in files.items()
                     if not path.exists() or path.read_text(encoding="utf-8") != text)
    if args.check:
        for path in changed:
            print("out of date: " + str(path.relative_to(ROOT)))
        for path in stale:
            print("not generated: " + str(path.relative_to(ROOT)))
        if changed or stale:
            print("run: python3 %s" % GENERATOR)
            return 1
        print("%d generated files are up to date" % len(files))
        return 0
    for path in changed:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files[path], encoding="utf-8")
    for path in stale:
        path.unlink()
    print("%d files generated: %d written, %d unchanged, %d stale removed"
          % (len(files), len(changed), len(files) - len(changed), len(stale)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
