#!/usr/bin/env python3
"""Writes the seed corpora in Fuzz/corpus/<target>/ from the bundled example and the PII
corpus, plus hand-written edge cases. Re-run after changing it; seeds are committed.
Files named regress-* are reproducers of fixed fuzz findings and are kept as they are."""
import hashlib, json, os, pathlib, random

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Fuzz" / "corpus"


def write(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / ("seed-" + hashlib.sha1(data).hexdigest()[:12])).write_bytes(data)


def clear(target):
    d = OUT / target
    if d.exists():
        for f in d.glob("seed-*"):
            f.unlink()


for t in ("json", "schema", "template", "pii"):
    clear(t)

# --- json: model replies (recorded outputs), documents, fences, prose, edge cases ---------
replies = []
for path in sorted((ROOT / "testsets/support-tickets/recordings").glob("*.jsonl")):
    for line in path.read_text().splitlines()[:6]:
        replies.append(json.loads(line)["output"])
for r in replies:
    write("json", r)
    write("json", "Here is the result:\n```json\n" + r + "\n```\nHope that helps!")
    write("json", "Sure! " + r + " Let me know.")
for doc in [
    "null", "true", "false", "0", "-0", "1.5e300", "-1E-400", "123456789012345678901", "[]", "{}",
    '""', '"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud800"', '[1,[2,[3,[4]]]]',
    '{"a":{"b":{"c":[null,true,false]}}}', '{"a":1,"a":2}', '  {"x" : [ 1 , 2 ] }  ', "[1,]", '{"a" 1}',
    "\ufeff{}", '"caf\u00e9 \u65e5\u672c"', "[" * 600 + "]" * 600, '{"k":"e\u0301"}',
    "```\n[1, 2]\n```", "``` json\n{}\n```", "prose [] then [1] and {\"z\": 0}", "{\"a\": [1, 2}",
]:
    write("json", doc)

# --- schema: <schema> NUL [0x01] <instance> -----------------------------------------------
schema = (ROOT / "testsets/support-tickets/schema.json").read_text()
cases = [json.loads(l)["expected"] for l in (ROOT / "testsets/support-tickets/cases.jsonl").read_text().splitlines()[:8]]
for i, c in enumerate(cases):
    write("schema", schema + "\0" + ("\1" if i % 2 else "") + json.dumps(c))
for s, inst in [
    ("true", "1"), ("false", "{}"), ("{}", "[1,2]"),
    ('{"type":"integer","minimum":1,"maximum":10}', "5.0"),
    ('{"type":["string","null"],"minLength":2,"maxLength":3,"pattern":"^a.$"}', '"ab"'),
    ('{"enum":[1,"a",null,[1],{"k":2}]}', '{"k":2}'), ('{"const":{"a":[1,2]}}', '{"a":[1,2]}'),
    ('{"properties":{"a/b":{"type":"string"},"c~d":false},"additionalProperties":false,"required":["x"]}',
     '{"a/b":1,"c~d":2,"e":3}'),
    ('{"items":{"type":"number"},"minItems":1,"maxItems":3,"uniqueItems":true}', "[1,1.0,2]"),
    ('{"$defs":{"n":{"type":"object","properties":{"next":{"$ref":"#/$defs/n"}}}},"$ref":"#/$defs/n"}',
     '{"next":{"next":{"next":{}}}}'),
    ('{"allOf":[{"type":"object"}],"anyOf":[{"required":["a"]},{"required":["b"]}],"oneOf":[true,false],"not":{"type":"null"}}', '{"a":1}'),
    ('{"if":{"properties":{"t":{"const":"x"}}},"then":{"required":["y"]},"else":false}', '{"t":"x"}'),
    ('{"type":"string","format":"email"}', '"not an email"'), ('{"type":"string","format":"date-time"}', '"2024-02-30T25:00:00Z"'),
    ('{"patternProperties":{"^[a-z]+$":{"type":"integer"}},"propertyNames":{"maxLength":3}}', '{"abc":1,"ABCD":2}'),
    ('{"prefixItems":[{"type":"string"}],"items":false,"contains":{"const":1},"minContains":1}', '["a",1]'),
    ('{"multipleOf":0.01,"exclusiveMinimum":0}', "19.99"), ('{"pattern":"^(ab|c)+[0-9]?$"}', '"ababcab1"'),
    ('{"dependentRequired":{"a":["b"]},"dependentSchemas":{"b":{"required":["c"]}},"minProperties":1}', '{"a":1}'),
    ('{"$ref":"#"}', "1"), ('{"$ref":"#/definitions/missing"}', "1"), ('{"unevaluatedProperties":false,"properties":{"a":true}}', '{"a":1,"b":2}'),
]:
    write("schema", s + "\0" + inst)
    write("schema", s + "\0\1" + inst)

# --- template: the bundled prompts' bodies and edge cases ---------------------------------
for path in sorted((ROOT / "prompts").rglob("*.md")):
    write("template", path.read_text().split("---", 2)[2])
for t in [
    "Hello {{name}}!", "{{ a }}{{b}} {{c.d-e_f}}\n{{a}}", "line1\nline2 {{x}}\n\n{{ y }}", "{ {\"a\": 1} }",
    "{{ unclosed", "{{bad name}}", "{{1abc}}", "{{}}", "{{a}}}", "{{{a}}}", "a {{x\n}}", "}} {{ok}} }}",
    "crlf\r\nline {{v}}\r\n{{w}}", "{{\u0301x}}", "{{x}}\u0301", "caf\u00e9 {{\u00e9}}", "{{_}} {{A9}}",
]:
    write("template", t)

# --- pii: texts from the labelled corpus (a spread of types) and edge cases ---------------
rng = random.Random(7)
lines = (ROOT / "Tests/Fixtures/pii/corpus.jsonl").read_text().splitlines()
by_type = {}
for l in lines:
    c = json.loads(l)
    key = tuple(sorted({e["type"] for e in c["entities"]})) or ("none",)
    by_type.setdefault(key, []).append(c["text"])
for key in sorted(by_type):
    for text in rng.sample(by_type[key], min(4, len(by_type[key]))):
        write("pii", text)
for t in [
    "mail a.b+c@example.co.uk or call +44 20 7946 0958", "SSN 123-45-6789, ITIN 912-70-1234",
    "card 4111 1111 1111 1111 exp 12/29", "IBAN DE89 3704 0044 0532 0130 00", "ip 192.168.0.1 and ::1 and fe80::1%eth0",
    "https://user:pw@例え.jp/path?q=1#x).", "wallet 1BvBMSEYstWetqTFn5Au4m4GqxyJ4Ywrzz bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq 0x52908400098527886E0F7030069857D2E4169EE7",
    "MAC 00:1A:2B:3C:4D:5E NHS 943 476 5919", "日本語のテキスト test@例え.jp 📧 x@y.com",
    "@@@@ .... ---- 1-2-3-4-5 1.2.3.4.5", "",
]:
    write("pii", t)
