#!/usr/bin/env python3
"""Generates the bundled support-ticket example for promptgate and checks it.

Writes (under ROOT, default: the repository root):
  testsets/support-tickets/{cases.jsonl,schema.json,testset.yaml,README.md (copied from README.testset.md)}
  testsets/support-tickets/recordings/extract-ticket@v{1,2,3}.jsonl
  prompts/extract-ticket/v{1,2,3}.md
Then validates everything and prints pass rates, regressions and fixes (v2 -> v3).
"""
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_a import CASES_A  # noqa: E402
from cases_b import CASES_B  # noqa: E402

import jsonschema  # noqa: E402
import yaml  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("ROOT", os.path.join(HERE, "..", ".."))
TS = os.path.join(ROOT, "testsets", "support-tickets")
PROMPTS = os.path.join(ROOT, "prompts", "extract-ticket")
CASES = CASES_A + CASES_B
KEYS = ["category", "priority", "sentiment", "customer_name", "customer_email", "order_id", "amount",
        "currency", "requires_human", "language", "summary", "confidence"]

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://example.com/promptgate/support-ticket.schema.json",
    "title": "Support ticket extraction",
    "type": "object",
    "additionalProperties": False,
    "required": KEYS,
    "properties": {
        "category": {"enum": ["billing", "technical", "account", "shipping", "refund", "cancellation", "feedback", "other"]},
        "priority": {"enum": ["low", "medium", "high", "urgent"]},
        "sentiment": {"enum": ["negative", "neutral", "positive"]},
        "customer_name": {"type": ["string", "null"], "minLength": 1},
        "customer_email": {"type": ["string", "null"], "format": "email"},
        "order_id": {"type": ["string", "null"], "pattern": "^[A-Z]{2,4}-[0-9]{4,10}$"},
        "amount": {"type": ["number", "null"], "minimum": 0},
        "currency": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
        "requires_human": {"type": "boolean"},
        "language": {"type": "string", "pattern": "^[a-z]{2}$"},
        "summary": {"type": "string", "minLength": 1, "maxLength": 280},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    },
}

TESTSET_YAML = """version: 1
# Scorer settings for the support-ticket example. The inputs are synthetic: the names, e-mail
# addresses and phone numbers in them were made up for this example.
fields:
  category:       { match: exact, weight: 3 }
  priority:       { match: exact, weight: 2 }
  sentiment:      { match: exact }
  customer_name:  { match: text }
  customer_email: { match: text }
  order_id:       { match: exact, weight: 2 }
  amount:         { match: number, abs_tol: 0.01 }
  currency:       { match: exact }
  requires_human: { match: exact, weight: 2 }
  language:       { match: exact }
  summary:        { match: ignore }
  confidence:     { match: ignore }
pii:
  allowed:
    customer_email: [EMAIL]
  inputs_synthetic: true
confidence: { field: confidence, min: 0.5 }
"""

MAX_TOKENS = {1: 400, 2: 500, 3: 160}


# ---------------------------------------------------------------- helpers

def h(*parts):
    """Deterministic pseudo-random number in [0, 1) from the parts."""
    d = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()
    return int(d[:12], 16) / float(1 << 48)


def tokens(text):
    """Rough token estimate: ~4 ASCII characters per token, more for other scripts."""
    n = 0.0
    for ch in text:
        o = ord(ch)
        if o < 128:
            n += 0.25
        elif o < 0x3000:
            n += 0.6
        else:
            n += 1.1
    return max(1, round(n))


def cut_at_tokens(text, limit):
    """The prefix of `text` whose estimate reaches `limit` tokens (where a model stops)."""
    n = 0.0
    for i, ch in enumerate(text):
        o = ord(ch)
        n += 0.25 if o < 128 else (0.6 if o < 0x3000 else 1.1)
        if n >= limit:
            return text[: i + 1]
    raise ValueError("text is shorter than the limit")


def parse_prompt(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    front = yaml.safe_load("\n".join(lines[1:end]))
    body = lines[end + 1:]
    msgs = []
    for line in body:
        t = line.strip()
        if t in ("# system", "# user", "# assistant"):
            msgs.append([t[2:], []])
        elif msgs:
            msgs[-1][1].append(line)
    out = []
    for role, ls in msgs:
        while ls and not ls[0].strip():
            ls.pop(0)
        while ls and not ls[-1].strip():
            ls.pop()
        out.append((role, "\n".join(ls)))
    return front, out


def render(messages, ticket):
    return [(r, re.sub(r"\{\{\s*ticket\s*\}\}", lambda _: ticket, c)) for r, c in messages]


def canonical(v):
    return json.dumps(v, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def request_hash(front, rendered):
    content = {
        "model": front["model"],
        "temperature": front.get("temperature", 0),
        "max_tokens": front.get("max_tokens", 1024),
        "output": front.get("output", "text"),
        "messages": [{"role": r, "content": c} for r, c in rendered],
    }
    return "sha256:" + hashlib.sha256(canonical(content).encode()).hexdigest()


def style_amount(text, d, style):
    """Write the amount the way the model would: 49.99 / 750.00 (style "2dp") or 750 ("int")."""
    a = d.get("amount")
    if not isinstance(a, float) or d.get("currency") == "JPY":
        return text
    if style == "2dp":
        new = f"{a:.2f}"
    elif style == "int" and a.is_integer():
        new = str(int(a))
    else:
        return text
    return re.sub(r'("amount":\s*)' + re.escape(json.dumps(a)), lambda m: m.group(1) + new, text, count=1)


def ordered(d):
    return {k: d[k] for k in KEYS if k in d} | {k: v for k, v in d.items() if k not in KEYS}


# ---------------------------------------------------------------- outputs

V1_INTROS = [
    "Sure! Here is the extracted information from the ticket:\n\n",
    "Here's the ticket info in JSON format:\n\n",
    "Certainly! Below is the extracted ticket information:\n\n",
    "Here is the JSON:\n\n",
]
V1_OUTROS = [
    "",
    "\n\nLet me know if you need anything else!",
    "\n\nLet me know if you'd like me to adjust any of the fields.",
]


def v1_summary(c):
    e = c["expected"]
    s = e["summary"]
    name = e["customer_name"]
    if name and not re.search(r"[\u3000-\u9fff]", name):
        if s.startswith("Customer's "):
            s = name + "'s " + s[len("Customer's "):]
        elif s.startswith("Customer "):
            s = name + " " + s[len("Customer "):]
    if e["order_id"] and e["order_id"] not in s:
        s = s.rstrip(".") + f" (order {e['order_id']})."
    return s


def v1_output(c):
    spec = c["v1"]
    e = c["expected"]
    d = {k: e[k] for k in KEYS if k not in ("summary", "confidence")}
    if spec.get("nulls") == "N/A":
        d = {k: ("N/A" if v is None else v) for k, v in d.items()}
    d.update(spec.get("set", {}))
    d["summary"] = spec.get("summary", v1_summary(c))
    d["confidence"] = spec.get("conf", 0.95 if h("v1c", c["id"]) < 0.5 else 0.9)
    for k in spec.get("drop", []):
        d.pop(k, None)
    body = style_amount(json.dumps(ordered(d), ensure_ascii=False, indent=2), d, "2dp")
    style = spec.get("style", "plain")
    i = int(h("v1i", c["id"]) * len(V1_INTROS))
    o = int(h("v1o", c["id"]) * len(V1_OUTROS))
    if style == "plain":
        text = body
    elif style == "fence":
        text = "```json\n" + body + "\n```"
    elif style == "prose":
        text = V1_INTROS[i] + body + V1_OUTROS[o]
    elif style == "prose_fence":
        text = V1_INTROS[i] + "```json\n" + body + "\n```" + V1_OUTROS[o]
    else:
        raise ValueError(style)
    if spec.get("truncate"):
        text = (V1_INTROS[0] + "```json\n" + body + "\n```\n\n"
                "**Notes:**\n"
                "- The customer says the package was marked as delivered on March 6 but never arrived, and has doorbell camera footage showing no delivery that afternoon.\n"
                "- The agent opened a lost-package claim with the carrier (5-7 business days) and flagged the case for a supervisor callback.\n"
                "- The customer is asking for an immediate refund of the $289.00 espresso machine instead of waiting for the claim, and gave a callback number in the chat.\n"
                "- The post-chat survey rating was 1/5, and the customer says they will contact their bank if they do not hear back by Wednesday, so this should be treated as a potential chargeback.\n"
                "- The customer already checked with neighbours and the building mailroom manager (twice), so a misdelivery to a neighbour seems unlikely.\n"
                "- The item was a gift for an event that has already passed, which is a large part of the frustration.\n"
                "- Recommended next steps: prioritize the supervisor review, consider issuing the refund before the carrier claim is resolved given the doorbell footage, and follow up with the customer by phone as requested. It may also be worth reviewing the bot flow, since it asked the customer to check with neighbours after she had already said she was home at the time of the reported delivery.")
    return text


def v2_output(c):
    spec = c["v2"]
    e = c["expected"]
    d = {k: e[k] for k in KEYS}
    d["confidence"] = spec.get("conf", round(0.88 + 0.09 * h("v2c", c["id"]), 2))
    d.update(spec.get("set", {}))
    return style_amount(json.dumps(ordered(d), ensure_ascii=False, indent=2), d, "2dp")


def v3_output(c):
    spec = c["v3"]
    e = c["expected"]
    d = {k: e[k] for k in KEYS}
    d["summary"] = c["v3_summary"]
    d["confidence"] = spec.get("conf", 0.95 if h("v3c", c["id"]) < 0.6 else 0.9)
    d.update(spec.get("set", {}))
    return style_amount(json.dumps(ordered(d), ensure_ascii=False), d, "int")


# version 3 "fixes": cases v2 missed that the shorter prompt happens to get right
V3_FIXES = {"t021", "t036"}


def latency(version, cid, inp, out):
    r = h("lat", version, cid)
    ms = (240 + 0.02 * inp + 5.6 * out) * (0.88 + 0.26 * r)
    if h("slow", version, cid) < 0.05:  # a few slow outliers
        ms = 1900 + 550 * h("slowv", version, cid)
    return int(min(2500, max(300, ms)))


def build():
    os.makedirs(os.path.join(TS, "recordings"), exist_ok=True)
    os.makedirs(PROMPTS, exist_ok=True)
    for v in (1, 2, 3):
        src = os.path.join(HERE, "prompts", f"v{v}.md")
        with open(os.path.join(PROMPTS, f"v{v}.md"), "w", encoding="utf-8") as f:
            f.write(open(src, encoding="utf-8").read())
    with open(os.path.join(TS, "README.md"), "w", encoding="utf-8") as f:
        f.write(open(os.path.join(HERE, "README.testset.md"), encoding="utf-8").read())
    with open(os.path.join(TS, "schema.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(SCHEMA, indent=2) + "\n")
    with open(os.path.join(TS, "testset.yaml"), "w", encoding="utf-8") as f:
        f.write(TESTSET_YAML)
    with open(os.path.join(TS, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps({"id": c["id"], "vars": {"ticket": c["ticket"]}, "expected": c["expected"],
                                "tags": c["tags"]}, ensure_ascii=False) + "\n")
    makers = {1: v1_output, 2: v2_output, 3: v3_output}
    fill_hash = os.environ.get("FILL_HASH") == "1"
    for v in (1, 2, 3):
        front, msgs = parse_prompt(os.path.join(PROMPTS, f"v{v}.md"))
        maxt = front["max_tokens"]
        assert maxt == MAX_TOKENS[v]
        lines = []
        for c in CASES:
            rendered = render(msgs, c["ticket"])
            inp = sum(tokens(content) + 4 for _, content in rendered) + 3
            text = makers[v](c)
            truncate = c[f"v{v}"].get("truncate", False)
            if truncate:
                text = cut_at_tokens(text, maxt)
                out, stop = maxt, "length"
            else:
                out, stop = tokens(text), "stop"
                assert out < maxt, (v, c["id"], out)
            rec = {"format": 1, "id": c["id"], "repeat": 0,
                   "request_hash": request_hash(front, rendered) if fill_hash else "",
                   "model": front["model"], "output": text, "stop_reason": stop,
                   "usage": {"input_tokens": inp, "output_tokens": out},
                   "latency_ms": latency(v, c["id"], inp, out)}
            lines.append(json.dumps(rec, ensure_ascii=False))
        with open(os.path.join(TS, "recordings", f"extract-ticket@v{v}.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- checking

PLACEHOLDERS = {"n/a", "na", "unknown", "none", "null", "nil", "", "-", "--", "tbd", "not provided",
                "not specified", "not available", "not mentioned", "no data", "?"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE_RE = re.compile(r"(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}\b|\b555-01\d\d\b")
CARD_RE = re.compile(r"\b(?:\d[ -]?){13,19}\b")


def luhn(digits):
    s = 0
    for i, d in enumerate(reversed(digits)):
        d = int(d)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def pii_in(text):
    found = []
    if EMAIL_RE.search(text):
        found.append("EMAIL")
    if PHONE_RE.search(text):
        found.append("PHONE")
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn(digits):
            found.append("CREDIT_CARD")
    return found


def parse_output(text):
    try:
        return json.loads(text), "strict"
    except ValueError:
        pass
    m = re.search(r"```[A-Za-z]*\n(.*?)```", text, re.S)
    if m:
        try:
            return json.loads(m.group(1)), "fenced"
        except ValueError:
            pass
    dec = json.JSONDecoder()
    for i, ch in enumerate(text):
        if ch == "{":
            try:
                v, _ = dec.raw_decode(text, i)
                if isinstance(v, dict):
                    return v, "extracted"
            except ValueError:
                continue
    return None, "failed"


def norm(s):
    import unicodedata
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


RULES = {"category": "exact", "priority": "exact", "sentiment": "exact", "customer_name": "text",
         "customer_email": "text", "order_id": "exact", "amount": "number", "currency": "exact",
         "requires_human": "exact", "language": "exact"}


def is_placeholder(v):
    if not isinstance(v, str):
        return False
    s = v.strip().lower()
    return s in PLACEHOLDERS or bool(re.fullmatch(r"[<\[{][A-Za-z_ -]+[>\]}]", s))


def evaluate(rec, expected, validator):
    """Reasons the recorded answer fails the case; empty when it passes."""
    reasons = []
    if rec["stop_reason"] == "length":
        reasons.append("truncated at max_tokens")
    value, mode = parse_output(rec["output"])
    if value is None:
        reasons.append("not JSON")
        return reasons, mode
    errs = sorted(validator.iter_errors(value), key=lambda e: list(e.path))
    for err in errs:
        reasons.append(f"schema: {'/'.join(map(str, err.path)) or '/'}: {err.message[:70]}")
    for k, rule in RULES.items():
        e, a = expected.get(k), value.get(k) if isinstance(value, dict) else None
        if e is None:
            if a is not None:
                reasons.append(f"{k}: expected null, got {a!r}")
            continue
        if a is None:
            reasons.append(f"{k}: missing")
            continue
        if is_placeholder(a):
            reasons.append(f"{k}: placeholder {a!r}")
            continue
        if rule == "exact":
            ok = a == e and type(a) == type(e) or (isinstance(a, (int, float)) and not isinstance(a, bool) and a == e)
        elif rule == "text":
            ok = isinstance(a, str) and norm(a) == norm(e)
        else:
            try:
                ok = abs(float(a) - float(e)) <= 0.01
            except (TypeError, ValueError):
                ok = False
        if not ok:
            reasons.append(f"{k}: expected {e!r}, got {a!r}")
    if isinstance(value, dict):
        for k, v in value.items():
            if is_placeholder(v):
                reasons.append(f"placeholder in {k}: {v!r}")
            if isinstance(v, str) and k != "customer_email":
                for t in pii_in(v):
                    reasons.append(f"pii: {t} in {k}")
        conf = value.get("confidence")
        if not isinstance(conf, (int, float)) or isinstance(conf, bool) or conf < 0.5:
            reasons.append(f"confidence {conf!r} below 0.5")
    # de-duplicate, keep order
    seen, out = set(), []
    for r in reasons:
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out, mode


def check():
    schema = json.load(open(os.path.join(TS, "schema.json")))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    cases = [json.loads(l) for l in open(os.path.join(TS, "cases.jsonl"), encoding="utf-8") if l.strip()]
    ids = [c["id"] for c in cases]
    assert ids == [f"t{i:03d}" for i in range(1, 65)], "ids must be t001..t064 in order"
    assert len(set(ids)) == 64
    problems = 0
    for c in cases:
        assert set(c) == {"id", "vars", "expected", "tags"}
        for err in validator.iter_errors(c["expected"]):
            print("EXPECTED INVALID", c["id"], err.message)
            problems += 1
        s = c["expected"]["summary"]
        if pii_in(s) or (c["expected"]["customer_name"] and c["expected"]["customer_name"] in s):
            print("PERSONAL DATA IN EXPECTED SUMMARY", c["id"])
            problems += 1
        for a in (c["expected"]["customer_email"] or "",):
            if a and not re.search(r"@([a-z0-9-]+\.)*example\.(com|org)$", a):
                print("NON-EXAMPLE E-MAIL", c["id"], a)
                problems += 1
        t = c["vars"]["ticket"]
        for a in EMAIL_RE.findall(t):
            if not re.search(r"@([a-z0-9-]+\.)*example\.(com|org)$", a):
                print("NON-EXAMPLE E-MAIL IN TICKET", c["id"], a)
                problems += 1
        if "{{" in t:
            print("TEMPLATE BRACES IN TICKET", c["id"])
            problems += 1
    exp = {c["id"]: c["expected"] for c in cases}
    tags = {c["id"]: c["tags"] for c in cases}
    results = {}
    for v in (1, 2, 3):
        recs = [json.loads(l) for l in open(os.path.join(TS, "recordings", f"extract-ticket@v{v}.jsonl"), encoding="utf-8") if l.strip()]
        assert [r["id"] for r in recs] == ids
        res = {}
        for r in recs:
            assert set(r) == {"format", "id", "repeat", "request_hash", "model", "output", "stop_reason", "usage", "latency_ms"}
            reasons, mode = evaluate(r, exp[r["id"]], validator)
            res[r["id"]] = (not reasons, reasons, mode, r)
        results[v] = res

    print(f"{len(cases)} cases; critical: {sum('critical' in t for t in tags.values())}; "
          f"long (3000+ chars): {sum(len(c['vars']['ticket']) >= 3000 for c in cases)} "
          f"{[c['id'] for c in cases if len(c['vars']['ticket']) >= 3000]}")
    for v in (1, 2, 3):
        res = results[v]
        n = sum(ok for ok, *_ in res.values())
        inp = sum(r["usage"]["input_tokens"] for *_, r in res.values())
        out = sum(r["usage"]["output_tokens"] for *_, r in res.values())
        lat = sorted(r["latency_ms"] for *_, r in res.values())
        modes = {}
        for _, _, m, _ in res.values():
            modes[m] = modes.get(m, 0) + 1
        print(f"v{v}: pass {n}/64 = {100 * n / 64:.1f}%  input tokens {inp}  output tokens {out}  "
              f"latency p50 {lat[32]} ms, max {lat[-1]} ms  parse modes {modes}")
    print(f"input tokens v3 vs v2: {100 * (1 - sum(r['usage']['input_tokens'] for *_, r in results[3].values()) / sum(r['usage']['input_tokens'] for *_, r in results[2].values())):.0f}% lower")
    for v in (1, 2, 3):
        if "-v" in sys.argv:
            print(f"\n--- v{v} failures")
            for cid, (ok, reasons, mode, r) in results[v].items():
                if not ok:
                    print(f"  {cid} [{mode}] {'; '.join(reasons)}")
    regress = [cid for cid in ids if results[2][cid][0] and not results[3][cid][0]]
    fixes = [cid for cid in ids if not results[2][cid][0] and results[3][cid][0]]
    v2fails = [cid for cid in ids if not results[2][cid][0]]
    print("\nv2 failures:")
    for cid in v2fails:
        print(f"  {cid} {tags[cid]}: {'; '.join(results[2][cid][1])}")
    print("\nv2 -> v3 regressions:")
    for cid in regress:
        print(f"  {cid} {'CRITICAL ' if 'critical' in tags[cid] else ''}{tags[cid]}: {'; '.join(results[3][cid][1])}")
    print("v2 -> v3 fixes:", fixes)
    v1v2_reg = [cid for cid in ids if results[1][cid][0] and not results[2][cid][0]]
    print("v1 -> v2: fixes", sum(1 for cid in ids if not results[1][cid][0] and results[2][cid][0]), "regressions", v1v2_reg)
    print("problems:", problems)
    return problems


if __name__ == "__main__":
    if "--check-only" not in sys.argv:
        build()
    sys.exit(1 if check() else 0)
