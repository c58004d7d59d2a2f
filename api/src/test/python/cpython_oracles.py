#!/usr/bin/env python3
"""Writes CPython 3.12's answers for the readers' golden tests (FromIsoFormatOracleTest, PythonUuidsOracleTest).

Run it with a CPython 3.12 (only the standard library), from anywhere:

    python3.12 api/src/test/python/cpython_oracles.py

It writes four files under api/src/test/resources/org/openedx/events/support/:

  cpython312-fromisoformat.txt  datetime.datetime.fromisoformat(text): the isoformat() of the result, or the
                                ValueError's message (without the repr of the text it repeats)
  cpython312-uuid.txt           str(uuid.UUID(text)), or the ValueError's message
  cpython312-*-code-points.txt  the same answers for every code point in one place of a text

Each line is the text, a tab, then the answer. In the text, a backslash is written \\\\, a tab \\t, and every
character outside printable ASCII \\uXXXX (UTF-16 code units, as Java sees the text). Lines starting with # are
comments. The inputs are the cases of CPython's own tests (Lib/test/datetimetester.py test_fromisoformat_*,
Lib/test/test_uuid.py), every combination of a set of date, separator, time and offset forms, and seeded random
mutations of valid texts; of the mutations, only a few per shape (each character reduced to its class) and answer
are kept, so that the files stay small and varied. The output is deterministic for a given CPython.
"""

import datetime
import itertools
import os
import random
import re
import sys
import uuid

if sys.version_info[:2] != (3, 12):
    sys.exit("run this with CPython 3.12, whose answers the tests pin; this is " + sys.version)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "org", "openedx", "events", "support")

# A Python str holding a high then a low surrogate is two code points; Java reads the same UTF-16 units as one
# supplementary character. Such texts mean different things on each side and are left out.
SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def escape(text):
    out = []
    units = text.encode("utf-16-be", "surrogatepass")
    for i in range(0, len(units), 2):
        code = units[i] << 8 | units[i + 1]
        if code == 0x5C:
            out.append("\\\\")
        elif code == 0x09:
            out.append("\\t")
        elif 0x20 <= code <= 0x7E:
            out.append(chr(code))
        else:
            out.append("\\u%04x" % code)
    return "".join(out)


def shape(text):
    """The text with each character reduced to its class and runs of a class to one, to keep a few texts per
    shape and kind of answer."""
    classes = []
    for c in text:
        if c in "0123456789abcdefABCDEF":
            cls = "9"
        elif c.isascii():
            cls = c
        else:
            cls = "u"
        if not classes or classes[-1] != cls:
            classes.append(cls)
    return "".join(classes)


def kind(answer):
    """What is kept per shape: each error message, and accepted texts by the form of their result."""
    if answer.startswith("ValueError"):
        return answer
    if re.search(r"[+-]\d\d:\d\d:\d\d\.\d+$", answer):
        return "aware, offset with a fraction"
    if re.search(r"[+-]\d\d:\d\d(:\d\d)?$", answer):
        return "aware"
    return "accepted"


def mutations(rng, valid, alphabet, count):
    out = [valid[:i] for i in range(len(valid) + 1)]
    for _ in range(count):
        chars = list(valid)
        for _ in range(rng.randint(1, 3)):
            kind = rng.randint(0, 3)
            at = rng.randint(0, len(chars))
            if kind == 0 and chars:
                del chars[min(at, len(chars) - 1)]
            elif kind == 1:
                chars.insert(at, rng.choice(alphabet))
            elif kind == 2 and chars:
                chars[min(at, len(chars) - 1)] = rng.choice(alphabet)
            else:
                chars = chars[:at]
        out.append("".join(chars))
    return out


def write(name, header, cases, answer, budget):
    """Writes the pinned cases, then up to `budget` others: one per shape and kind of answer, taken in turn from
    each kind (so that rare errors are not crowded out by common ones), in a seeded random order."""
    rng = random.Random(name)
    pinned, by_kind, seen = [], {}, set()
    for text, is_pinned in cases:
        if SURROGATE_PAIR.search(text) or text in seen:
            continue
        seen.add(text)
        result = answer(text)
        if is_pinned:
            pinned.append((text, result))
        else:
            by_kind.setdefault(kind(result), {}).setdefault(shape(text), (text, result))
    pools = [list(shapes.values()) for _, shapes in sorted(by_kind.items())]
    for pool in pools:
        rng.shuffle(pool)
    chosen = []
    while len(chosen) < budget and any(pools):
        for pool in pools:
            if pool and len(chosen) < budget:
                chosen.append(pool.pop())
    with open(os.path.join(OUT, name), "w", encoding="ascii", newline="\n") as f:
        f.write("# " + header + "\n")
        f.write("# Written by api/src/test/python/cpython_oracles.py with CPython " + sys.version.split()[0]
                + "; do not edit by hand.\n")
        f.write("# text<TAB>answer; in the text \\\\ is a backslash, \\t a tab, \\uXXXX a UTF-16 code unit.\n")
        for text, result in pinned + sorted(chosen):
            f.write(escape(text) + "\t" + result + "\n")
    print(name, len(pinned), "pinned,", len(chosen), "others")


# --- datetime.fromisoformat -----------------------------------------------------------------------------------

def fromisoformat(text):
    try:
        return datetime.datetime.fromisoformat(text).isoformat()
    except ValueError as e:
        message = str(e)
        if message.startswith("Invalid isoformat string"):
            message = "Invalid isoformat string"
        return "ValueError: " + message.split(", not ")[0]


CPYTHON_DATETIME_TESTS = [
    # test_fromisoformat_date_examples (date and datetime share the date forms)
    "00010101", "20000101", "20250102", "99991231", "0001-01-01", "2000-01-01", "2025-01-02", "9999-12-31",
    "2025W01", "2025-W01", "2025W014", "2025-W01-4", "2026W01", "2026-W01", "2026W013", "2026-W01-3", "2022W52",
    "2022-W52", "2022W527", "2022-W52-7", "2015W534", "2015-W53-4", "2015-W53-5", "2020W531", "2020-W53-1",
    "2020-W53-6",
    # test_fromisoformat_fails (date)
    "", "\ud800", "009-03-04", "123456789", "200a-12-04", "2009-1a-04", "2009-12-0a", "2009-01-32", "2009-02-29",
    "2019-W53-1", "2020-W54-1", "2009\ud80002\ud80028",
    # test_fromisoformat_separators, test_fromisoformat_ambiguous
    "2018-01-31 23:59:47.124789", "2018-01-31T23:59:47.124789", "2018-01-31\u007f23:59:47.124789",
    "2018-01-31\u008023:59:47.124789", "2018-01-31\u028123:59:47.124789", "2018-01-31\u16c723:59:47.124789",
    "2018-01-31\u664223:59:47.124789", "2018-01-31\U0001f40d23:59:47.124789", "2018-01-31\ud80023:59:47.124789",
    "2018-01-31+12:15", "2018-01-31-12:15",
    # test_fromisoformat_timezone
    "2014-12-30T12:30:45.217456", "2014-12-30T12:30:45.217456+00:00", "2014-12-30T12:30:45.217456+05:00",
    "2014-12-30T12:30:45.217456+06:27", "2014-12-30T12:30:45.217456+12:32:30",
    "2014-12-30T12:30:45.217456+02:04:09.123456", "2014-12-30T12:30:45.217456-02:04:09.123456",
    "2014-12-30T12:30:45.217456-12:32:30",
    # test_fromisoformat_datetime_examples
    "2025-01-02T03", "2025-01-02T03:04", "2025-01-02T0304", "2025-01-02T03:04:05", "2025-01-02T030405",
    "2025-01-02T03:04:05.6", "2025-01-02T03:04:05,6", "2025-01-02T03:04:05.678", "2025-01-02T03:04:05.678901",
    "2025-01-02T03:04:05,678901", "2025-01-02T030405.678901", "2025-01-02T030405,678901",
    "2025-01-02T03:04:05.6789010", "2009-04-19T03:15:45.2345", "2009-04-19T03:15:45.1234567",
    "2025-01-02T03:04:05,678", "20250102T03", "20250102T03:04", "20250102T03:04:05", "20250102T030405",
    "20250102T03:04:05.6", "20250102T03:04:05,6", "20250102T03:04:05.678", "20250102T03:04:05,678",
    "20250102T03:04:05.678901", "20250102T030405.678901", "20250102T030405,678901", "20250102T030405.6789010",
    "2022W01", "2022W52520", "2022W527520", "2026W01516", "2026W013516", "2025W01503", "2025W014503", "2025W01512",
    "2025W014512", "2025W014T121431", "2026W013T162100", "2026W013 162100", "2022W527T202159", "2022W527 202159",
    "2025W014 121431", "2025W014T030405", "2025W014 030405", "2020-W53-6T03:04:05", "2020W537 03:04:05",
    "2025-W01-4T03:04:05", "2025-W01-4T03:04:05.678901", "2025-W01-4T12:14:31", "2025-W01-4T12:14:31.012345",
    "2026-W01-3T16:21:00", "2026-W01-3T16:21:00.000000", "2022-W52-7T20:21:59", "2022-W52-7T20:21:59.999999",
    "2025-W01003+00", "2025-01-02T03:04:05+00", "2025-01-02T03:04:05Z", "2025-01-02003:04:05,6+00:00:00.00",
    "2000-01-01T00+21", "2025-01-02T03:05:06+0300", "2025-01-02T03:05:06-0300", "2025-01-02T03:04:05+0000",
    "2025-01-02T03:05:06+03", "2025-01-02T03:05:06-03", "2020-01-01T03:05:07.123457-05:00",
    "2020-01-01T03:05:07.123457-0500", "2020-06-01T04:05:06.111111-04:00", "2020-06-01T04:05:06.111111-0400",
    "2021-10-31T01:30:00.000000+01:00", "2021-10-31T01:30:00.000000+0100", "2025-01-02T03:04:05,6+000000.00",
    "2025-01-02T03:04:05,678+00:00:10",
    # test_fromisoformat_fails_datetime, test_fromisoformat_fails_surrogate
    "2009.04-19T03", "2009-04.19T03", "2009-04-19T0a", "2009-04-19T03:1a:45", "2009-04-19T03:15:4a",
    "2009-04-19T03;15:45", "2009-04-19T03:15;45", "2009-04-19T03:15:4500:00", "2009-04-19T03:15:45.123456+24:30",
    "2009-04-19T03:15:45.123456-24:30", "2009-04-10\u16c7\u16c7\u16c7\u16c7\u16c712:15", "2009-04\ud80010T12:15",
    "2009-04-10T12\ud80015", "2009-04-19T1", "2009-04-19T12:3", "2009-04-19T12:30:4", "2009-04-19T12:",
    "2009-04-19T12:30:", "2009-04-19T12:30:45.", "2009-04-19T12:30:45.123456+", "2009-04-19T12:30:45.123456-",
    "2009-04-19T12:30:45.123456-05:00a", "2009-04-19T12:30:45.123-05:00a", "2009-04-19T12:30:45-05:00a",
    "2018-01-03\ud80001:0113",
    # 3.14 reads these as the next day's midnight (gh-102450); 3.12 refuses hour 24
    "2009-04-19T24:00", "2009-04-19T24:00:00.000000", "9999-12-31T24:00:00",
]

DATES = ["2024-01-02", "20240102", "2024-W01", "2024W01", "2024-W01-2", "2024W012", "2020-W53", "2020-W53-7",
         "2021-W53", "2024-W00", "2024-W01-0", "2024-W01-8", "0000-01-01", "0001-01-01", "9999-12-31", "9999-W52-5",
         "9999-W52-6", "0001-W01-1", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00",
         "2024-01-32", "2024-0102", "202401-02", "2024-1-02", "2024-01-2", "2024W01-2", "2024-W012", "2024-W1",
         "+2024-01-02", "2024-04-31", "1900-02-29", "2000-02-29", "2004-W53-7", "2015-W53"]
SEPARATORS = ["T", " ", "t", "x", "-", "0", "W", "Z", "+", ":", ".", "\x00", "\u00e9", "\U0001f600", "\ud800",
              "\udc00", "\u3000", "TT", ""]
TIMES = ["03", "0304", "03:04", "030405", "03:04:05", "03:04:05.1", "03:04:05.123456", "03:04:05.1234567",
         "03:04:05,5", "030405.5", "03.5", "03:04.5", "0304.5", "03040512", "03:04:05:12", "3", "03:4", "03:04:",
         "03:04:05.", "03:0405", "0304:05", "24:00", "23:60", "23:59:60", "23:59:59.999999", "12x", "12\u00e9",
         "03:04:05.123x", "", "03:04:05\x00", "03:04:05.1234567\x00", "03::04", "03:04:05.12345678901234567890"]
OFFSETS = ["", "Z", "z", "+00:00", "-00:00", "+05:30", "-05:30", "+0530", "+05", "+05:30:15", "+053015",
           "+05:30:15.5", "+00:00:00.5", "-00:00:00.5", "+00:00:01.5", "+18:00", "+18:01", "-18:00:01", "+19:00",
           "+23:59:59.999999", "-23:59:59.999999", "+24:00", "+99:99", "+05:99", "+5", "+05:3", "+05:30:",
           "Z\x00junk", "Zx", "+00:00Z", "+", "+05:30.5", "+05,5", "+05:30\x00", "+05:30 "]
VALID_DATETIMES = ["2024-01-02T03:04:05.123456+00:00", "2020-W53-7T01:02:03,5-05:30", "20240102T030405Z",
                   "2024W012T0304", "2024-01-02 03:04", "2024-W01", "20240102"]
DATETIME_ALPHABET = list("0123456789:.,-+ZWTzx_ ") + ["\x00", "\u00e9", "\U0001f600", "\ud800", "\udc00",
                                                      "\u0661", "\u3000"]


def datetime_cases():
    rng = random.Random(3120)
    cases = [(text, True) for text in CPYTHON_DATETIME_TESTS]
    for d, s, t, o in itertools.product(["2024-01-02", "20240102", "2024-W01-2", "2024W01"], ["T", " "], TIMES,
                                        OFFSETS):
        cases.append((d + s + t + o, False))
    for d in DATES:
        cases.append((d, False))
        for s in SEPARATORS:
            for t, o in zip(rng.sample(TIMES, 6), rng.sample(OFFSETS, 6)):
                cases.append((d + s + t + o, False))
    for valid in VALID_DATETIMES:
        cases.extend((text, False) for text in mutations(rng, valid, DATETIME_ALPHABET, 3000))
    return cases


# --- uuid.UUID ------------------------------------------------------------------------------------------------

def uuid_answer(text):
    try:
        return str(uuid.UUID(text))
    except ValueError as e:
        return "ValueError: " + str(e).split(": '")[0]


CPYTHON_UUID_TESTS = [
    # test_UUID: the forms of one id
    "00000000-0000-0000-0000-000000000000", "{00000000-0000-0000-0000-000000000000}",
    "00000000000000000000000000000000", "urn:uuid:00000000-0000-0000-0000-000000000000",
    "12345678-1234-5678-1234-567812345678", "{12345678-1234-5678-1234-567812345678}",
    "12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678",
    "ffffffff-ffff-ffff-ffff-ffffffffffff", "{FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF}",
    # test_exceptions: badly formed hex strings
    "", "abc", "1234567812345678123456781234567", "123456781234567812345678123456789",
    "123456781234567812345678z2345678",
]
VALID_UUIDS = ["8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e", "8A2C6F1E3B1D11EF9D8E0F1A2B3C4D5E",
               "{urn:uuid:8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e}", "0x_a2c6f1e3b1d11ef9d8e0f1a2b3c4d",
               "  8a2c6f1e3b1d11ef9d8e0f1a2b3c4d", "+8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5",
               "8_a2c6f1e3b1d11ef9d8e0f1a2b3c4d5", "\u0668a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e"]
UUID_ALPHABET = list("0123456789abcdefABCDEFgxX-{}_+: ") + [
    "urn:", "uuid:", "0x", "0X", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0",
    "\u1680", "\u2000", "\u2028", "\u2029", "\u200b", "\u3000", "\x00", "\x7f", "\u0660", "\u0661", "\uff11",
    "\U0001d7ce", "\U00011f51", "\U00016ac1", "\U0001e4f1", "\u00b2", "\u2460", "\u00e9", "\U0001f600", "\ud800",
    "\udc00", "\u2212"]
SPACES = [" ", "\t", "\x1c", "\x85", "\u3000", "\xa0", "\x1f"]


def uuid_cases():
    rng = random.Random(3212)
    cases = [(text, True) for text in CPYTHON_UUID_TESTS]
    for valid in VALID_UUIDS:
        cases.extend((text, False) for text in mutations(rng, valid, UUID_ALPHABET, 4000))
    for _ in range(20000):
        # 32 code points: white space, a sign, a prefix, digits (some Unicode) and underscores, then wrapping
        before = "".join(rng.choice(SPACES) for _ in range(rng.choice([0, 0, 1, 2])))
        after = "".join(rng.choice(SPACES) for _ in range(rng.choice([0, 0, 1, 2])))
        sign = rng.choice(["", "", "+"])
        prefix = rng.choice(["", "", "0x", "0X", "0x_", "\u0660x", "0x__"])
        size = 32 - len(before) - len(after) - len(sign) - len(prefix)
        if size < 0:
            continue
        body = "".join(rng.choice("0123456789abcdef" * 6 + "_\u0661\uff11\U0001d7ce\U00016ac1g")
                       for _ in range(size))
        text = before + sign + prefix + body + after
        wrap = rng.choice(["", "{}", "{{}", "urn:uuid:", "uuid:urn:"])
        if wrap == "{}":
            text = "{" + text + "}"
        elif wrap == "{{}":
            text = "{{" + text + "}"
        else:
            text = wrap + text
        if rng.random() < 0.3:
            at = rng.randint(0, len(text))
            text = text[:at] + "-" + text[at:]
        cases.append((text, False))
    return cases


# --- every code point in one place ---------------------------------------------------------------------------

def write_code_points(name, header, templates, answer):
    """For each template (a text with {} where one character goes), the answer for every code point from U+0000 to
    U+10FFFF (lone surrogates included) that differs from the template's most common answer, which is stated."""
    with open(os.path.join(OUT, name), "w", encoding="ascii", newline="\n") as f:
        f.write("# " + header + "\n")
        f.write("# Written by api/src/test/python/cpython_oracles.py with CPython " + sys.version.split()[0]
                + "; do not edit by hand.\n")
        for template in templates:
            answers = [answer(template.format(chr(c))) for c in range(0x110000)]
            usual = max(set(answers), key=answers.count)
            f.write("template\t" + escape(template) + "\t" + usual + "\n")
            for c, result in enumerate(answers):
                if result != usual:
                    f.write("%04x\t%s\n" % (c, result))
    print(name, "written")


if __name__ == "__main__":
    write_code_points("cpython312-uuid-code-points.txt", "CPython 3.12 uuid.UUID(text) for every code point in a "
                      "template", ["{}1111111111111111111111111111111", "1111111111111111111111111111111{}"],
                      uuid_answer)
    write_code_points("cpython312-fromisoformat-code-points.txt", "CPython 3.12 datetime.datetime.fromisoformat(text)"
                      " for every code point in a template", ["2024-01-02{}03:04:05", "2024-01-02T03{}+05:30"],
                      fromisoformat)
    write("cpython312-fromisoformat.txt", "CPython 3.12 datetime.datetime.fromisoformat(text): isoformat() of the "
          "result, or the ValueError", datetime_cases(), fromisoformat, 4000)
    write("cpython312-uuid.txt", "CPython 3.12 uuid.UUID(text): str() of the result, or the ValueError",
          uuid_cases(), uuid_answer, 3000)
