#!/usr/bin/env python3
"""Generate Fixtures/pii/corpus.jsonl, the labelled corpus for promptgate's PII scanner.

    python3 Fixtures/pii/make_corpus.py [output-path]

Deterministic (seed 20240315). All values are synthetic: checksummed numbers are
computed here, phones use fictional ranges, hosts are example.* (RFC 2606) and IPs
are documentation or private ranges.

Each line: {"id", "text", "entities": [{"type", "start", "end"}]}; offsets are Unicode
code points (Python str indices), end exclusive.

Labelling conventions (written before the scanner, and the scanner is judged by them):
- Spans are exact. PHONE includes a leading "+" and area-code parentheses, not labels
  such as "Tel:" or "ext. 214". CREDIT_CARD and IBAN include their inner spaces/dashes.
- URL covers scheme (or "www.") to the last character of the URL; trailing sentence
  punctuation and an unbalanced closing parenthesis are not part of it. An IP or host
  inside a URL is only the URL. A domain after "@" is part of the EMAIL, never a URL.
- "mailto:" is not part of an EMAIL. An IPv6 address in brackets is labelled without them.
- Bare digit strings count as PHONE / US_SSN / US_ITIN only after a keyword that says so
  ("Phone:", "SSN", "ITIN"); UK_NHS numbers are labelled where the text presents them as
  NHS numbers. A checksum-valid 10-digit number presented as an order number is not PII.
- Hard negatives (dates, amounts, order ids, versions, ISBNs, UUIDs, hashes, failing
  checksums, out-of-range structures) carry no entity.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import synth as S  # noqa: E402
import values as V  # noqa: E402
from negatives import FIXED, RELABELLED  # noqa: E402
from templates import MIXED, MULTILINGUAL, POSITIVE  # noqa: E402
from wild import WILD  # noqa: E402
from holdout import HOLDOUT  # noqa: E402
from forms import FORMS  # noqa: E402

rng = random.Random(20240315)
cases = []


def add(prefix, template, slots):
    """Fill "{}" slots with (type-or-None, value) pairs and record code-point offsets."""
    parts = template.split("{}")
    assert len(parts) == len(slots) + 1, (template, slots)
    text, ents = "", []
    for i, part in enumerate(parts):
        text += part
        if i < len(slots):
            typ, value = slots[i]
            if typ:
                ents.append({"type": typ, "start": len(text), "end": len(text) + len(value)})
            text += value
    cases.append({"id": f"{prefix}-{len(cases):04d}", "text": text, "entities": ents})


def value(typ):
    if typ == "EMAIL":
        return V.email(rng)
    if typ == "PHONE":
        return V.phone(rng)
    if typ == "CREDIT_CARD":
        return S.card(rng)
    if typ == "US_SSN":
        a, g, s = S.ssn_parts(rng)
        return rng.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}"])
    if typ == "US_ITIN":
        a, g, s = S.itin_parts(rng)
        return rng.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}"])
    if typ == "IBAN":
        c = S.iban_compact(rng)
        return S.iban_print(c) if rng.random() < 0.6 else c
    if typ == "IP_ADDRESS":
        return V.ip(rng)
    if typ == "URL":
        return V.url(rng)
    if typ == "CRYPTO_WALLET":
        return S.wallet(rng)
    if typ == "MAC_ADDRESS":
        return V.mac(rng)
    if typ == "UK_NHS":
        return S.nhs_format(S.nhs_number(rng), rng.choice(["space", "space", "dash", "plain"]))
    raise ValueError(typ)


def slots_for(template, typ):
    return [(typ, value(typ)) for _ in range(template.count("{}"))]


# ---------------------------------------------------------------- positives
PER_TYPE = 34
for typ in ["EMAIL", "PHONE", "CREDIT_CARD", "US_SSN", "US_ITIN", "IBAN", "IP_ADDRESS", "URL",
            "CRYPTO_WALLET", "MAC_ADDRESS", "UK_NHS"]:
    for i in range(PER_TYPE):
        t = POSITIVE[typ][i % len(POSITIVE[typ])]
        add(f"pos-{typ.lower()}", t, slots_for(t, typ))

for i in range(10):
    t = POSITIVE["PHONE_BARE"][i % len(POSITIVE["PHONE_BARE"])]
    add("pos-phone-bare", t, [("PHONE", V.bare_phone(rng))])
for i in range(8):
    t = POSITIVE["US_SSN_BARE"][i % len(POSITIVE["US_SSN_BARE"])]
    add("pos-ssn-bare", t, [("US_SSN", "".join(S.ssn_parts(rng)))])
for i in range(4):
    t = POSITIVE["US_ITIN_BARE"][i % len(POSITIVE["US_ITIN_BARE"])]
    add("pos-itin-bare", t, [("US_ITIN", "".join(S.itin_parts(rng)))])
for i in range(6):
    t = POSITIVE["IPV6_BRACKET"][i % 2]
    add("pos-ipv6-bracket", t, [("IP_ADDRESS", V.ipv6(rng))])
# fixed URL shapes that matter for boundaries
for t, u in [("Wikipedia: {}.", "https://en.wikipedia.org/wiki/Foo_(bar)"),
             ("Is it {}?", "https://example.com/faq"),
             ("Links: {}, {} and {}.", None)]:
    if u:
        add("pos-url-fixed", t, [("URL", u)])
    else:
        add("pos-url-fixed", t, [("URL", V.url(rng)) for _ in range(3)])

# ---------------------------------------------------------------- mixed and multilingual
for rep in range(4):
    for t, types in MIXED:
        add("mixed", t, [(x, value(x)) for x in types])
for rep in range(2):
    for t, types in MULTILINGUAL:
        add("intl", t, [(x, value(x)) for x in types])

# ---------------------------------------------------------------- fixed hard negatives
for typ, texts in FIXED.items():
    for t in texts:
        add(f"neg-{typ.lower()}", t.replace("{", "(").replace("}", ")"), [])
        for label, value in RELABELLED.get(t, []):
            start = cases[-1]["text"].index(value, max([e["end"] for e in cases[-1]["entities"]], default=0))
            cases[-1]["entities"].append({"type": label, "start": start, "end": start + len(value)})

# ---------------------------------------------------------------- generated hard negatives
CARD_NEG_CTX = ["Tracking number {} (carrier: DHL)", "Order no. {} confirmed", "ref {}",
                "Parcel {} is out for delivery."]
for i in range(14):
    num = S.card_number(rng, rng.choice(["4", "51", "37", "6011", "3530"]), 16)
    bad = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    assert not S.luhn_ok(bad)
    shown = S.group(bad, (4, 4, 4, 4), " ") if i % 2 else bad
    add("neg-card-luhn", CARD_NEG_CTX[i % 4], [(None, shown)])
for i in range(8):
    num = S.card_number(rng, rng.choice(["1", "7", "8", "9", "0"]), 16)
    add("neg-card-issuer", rng.choice(["Member ID {}", "Loyalty number {}"]), [(None, num)])
for i in range(4):  # Visa prefix, Luhn-valid, but 15 digits
    add("neg-card-length", "Ref {}", [(None, S.card_number(rng, "4", 15))])

for i in range(14):
    a, g, s = S.ssn_parts(rng)
    bad = [f"000-{g}-{s}", f"666-{g}-{s}", f"{a}-00-{s}", f"{a}-{g}-0000",
           f"9{rng.randint(0, 99):02d}-{rng.choice([12, 34, 45, 66, 89, 93])}-{s}",
           f"{a}{g}{s}", f"{a}{g}{s}"][i % 7]
    ctx = ["Reference {} is not issued.", "Form example {}", "Ticket #{} is open.",
           "Order {} shipped."][i % 4]
    if i % 7 < 5:
        ctx = ["Applicant SSN: {} (invalid, re-check)", "Reference {} is not issued.",
               "Form example {}"][i % 3]
    add("neg-ssn", ctx, [(None, bad)])
for i in range(8):
    s = f"{rng.randint(0, 9999):04d}"
    g = rng.choice([0, 10, 42, 49, 66, 69, 89, 93])
    add("neg-itin", rng.choice(["ITIN: {} (rejected by IRS)", "Reference {}"]),
        [(None, f"9{rng.randint(0, 99):02d}-{g:02d}-{s}")])

for i in range(14):
    c = S.iban_compact(rng)
    kind = i % 3
    if kind == 0:
        j = rng.randrange(4, len(c))
        while not c[j].isdigit():
            j = rng.randrange(4, len(c))
        bad = c[:j] + str((int(c[j]) + rng.randint(1, 9)) % 10) + c[j + 1:]
        assert not S.iban_valid(bad)
    elif kind == 1:
        bad = c[:-1]
    else:
        bad = "XX" + S.iban_check("XX", c[4:]) + c[4:]
    shown = S.iban_print(bad) if i % 2 else bad
    add("neg-iban", rng.choice(["IBAN: {} (bank says invalid)", "Reference {}", "Konto {} prüfen"]),
        [(None, shown)])

for i in range(16):
    w = S.wallet(rng)
    if w.startswith("0x"):
        bad = w[:-1] if i % 2 else w + rng.choice("0123456789abcdef")
    elif w.startswith("bc1"):
        bad = S.mutate(rng, w, S.BECH, 4)
    else:
        bad = S.mutate(rng, w, S.B58, 1)
    add("neg-wallet", rng.choice(["Send to {} please", "wallet={}", "Payout address: {} (typo?)"]),
        [(None, bad)])

for i in range(16):
    nine = str(rng.randint(4, 7)) + "".join(rng.choice("0123456789") for _ in range(8))
    c = S.nhs_check(nine)
    if c is None:
        num = nine + str(rng.randint(0, 9))  # check digit would be 10: never valid
    else:
        num = nine + str((c + rng.randint(1, 9)) % 10)
    add("neg-nhs", rng.choice(["NHS number: {}", "Patient NHS No. {} (please verify)"]),
        [(None, S.nhs_format(num, rng.choice(["space", "dash", "plain"])))])
for i in range(8):  # checksum-valid 10-digit numbers that are order/reference numbers
    add("neg-nhs-order", rng.choice(["Order no. {} was dispatched.", "Invoice {} attached.",
                                     "Customer reference {}"]), [(None, S.nhs_number(rng))])

for i in range(6):
    add("neg-ip-range", rng.choice(["Value {} is not a host.", "Bad input {}"]),
        [(None, f"{rng.randint(1, 250)}.{rng.randint(256, 999)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}")])

# ---------------------------------------------------------------- wild batch (see wild.py)
for template, slots in WILD:
    template = template.replace("{{", "{").replace("}}", "}")
    add("wild", template, [(typ, v(rng) if callable(v) else v) for typ, v in slots])

# ---------------------------------------------------------------- held-out batch (see holdout.py)
for template, slots in HOLDOUT:
    template = template.replace("{{", "{").replace("}}", "}")
    add("holdout", template, [(typ, v(rng) if callable(v) else v) for typ, v in slots])

# ---------------------------------------------------------------- form families (see forms.py)
for family, template, slots in FORMS:
    template = template.replace("{{", "{").replace("}}", "}")
    add(f"forms-{family}", template, [(typ, v(rng) if callable(v) else v) for typ, v in slots])

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
counts = {}
for c in cases:
    for e in c["entities"]:
        counts[e["type"]] = counts.get(e["type"], 0) + 1
print(f"{len(cases)} cases, {sum(counts.values())} entities, "
      f"{sum(1 for c in cases if not c['entities'])} without entities -> {out}")
print(json.dumps(counts, sort_keys=True))
