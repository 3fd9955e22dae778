"""A second, harder batch ("wild-*" ids): messier formats, LLM-style output (tables, JSON,
YAML, CSV, HTML) and hard negatives, written from the labelling rules after the first
scanner run but before running the scanner on them. Cases the scanner gets wrong stay in.

Each entry is (template, slots); a slot is (type-or-None, value-or-callable(rng)).
"""
import synth as S
import values as V


def card(prefix, length, grouping, sep):
    if not sep:
        return lambda rng: S.card_number(rng, prefix, length)
    return lambda rng: S.group(S.card_number(rng, prefix, length), grouping, sep)


def ssn(fmt):
    def make(rng):
        a, g, s = S.ssn_parts(rng)
        return fmt.format(a=a, g=g, s=s)
    return make


def itin(fmt):
    def make(rng):
        a, g, s = S.itin_parts(rng)
        return fmt.format(a=a, g=g, s=s)
    return make


def iban(country, printed=True, lower=False):
    def make(rng):
        c = S.iban_compact(rng, country)
        v = S.iban_print(c) if printed else c
        return v.lower() if lower else v
    return make


def nhs(style):
    return lambda rng: S.nhs_format(S.nhs_number(rng), style)


E = lambda rng: V.email(rng)  # noqa: E731
P = lambda rng: V.phone(rng)  # noqa: E731
IP4 = lambda rng: V.ipv4(rng)  # noqa: E731
IP6 = lambda rng: V.ipv6(rng)  # noqa: E731
W = lambda rng: S.wallet(rng)  # noqa: E731
M = lambda rng: V.mac(rng)  # noqa: E731
U = lambda rng: V.url(rng)  # noqa: E731
CC = lambda rng: S.card(rng)  # noqa: E731

WILD = [
    # ---- EMAIL
    ("Contact: {}", [("EMAIL", "JANE.DOE@EXAMPLE.COM")]),
    ("email me ({}) asap", [("EMAIL", "jane_doe99@mail.example.co.uk")]),
    ("Emails: {},{}", [("EMAIL", "a.b@example.com"), ("EMAIL", "c.d@example.org")]),
    ("Archive: {}.", [("EMAIL", "jane.doe@sub-domain.example.travel")]),
    ("The address {} is correct", [("EMAIL", "o'connor@example.ie")]),
    ('Send to: "Jane Doe" <{}>', [("EMAIL", "jane.doe@example.com")]),
    ("Mail bounced for bob@example.c (typo)", []),
    ("ping @jane or {}", [("EMAIL", E)]),
    ("メールは{}です", [("EMAIL", "taro.yamada@example.co.jp")]),
    ("José's email is {}.", [("EMAIL", "jose.garcia@example.es")]),
    ("user%tag address: {}", [("EMAIL", "user%tag@example.com")]),
    ("Contact {} for access.", [("EMAIL", "jane@www.example.org")]),
    ("Profile {} (login via email)", [("URL", "https://example.com/u/jane@example.com")]),
    # ---- PHONE
    ("Call {} x204", [("PHONE", "(212) 555-0147")]),
    ("Phone: {}", [("PHONE", "+1 212-555-0147")]),
    ("Ph. {} (office)", [("PHONE", "212 555 0147")]),
    ("mobile {}", [("PHONE", "+44 7700 900 456")]),
    ("Handy: {}", [("PHONE", "+49 170 1234567")]),
    ("Dublin office {}", [("PHONE", "+353 1 234 5678")]),
    ("Tél : {}", [("PHONE", "+33 (0)1 42 68 53 00")]),
    ("Tel. {}", [("PHONE", "0049 30 1234567")]),
    ("WhatsApp {}", [("PHONE", "+5511912345678")]),
    ("phone number: {}", [("PHONE", "555-0147")]),
    ("call {} for support", [("PHONE", "800.555.0199")]),
    ("Toll free: {}", [("PHONE", "1 (800) 555-0199")]),
    ("Fax: {}", [("PHONE", "020-7946-0321")]),
    ("Reps: {}, {}", [("PHONE", "+1 415 555 0199"), ("PHONE", "+1 415 555 0198")]),
    ("Our number is {} (freephone)", [("PHONE", "0800 123 4567")]),
    ("Moscow office: {}", [("PHONE", "+7 495 123-45-67")]),
    ("Seoul: {}", [("PHONE", "+82 2-312-3456")]),
    ("Dubai {}", [("PHONE", "+971 4 123 4567")]),
    ("T: {} | F: {}", [("PHONE", "212-555-0147"), ("PHONE", "212-555-0148")]),
    ('<p>Call <a href="tel:{}">{}</a></p>', [("PHONE", "+14155550199"), ("PHONE", "+1 415 555 0199")]),
    ("Reference 2024-0315-7781", []),
    ("The model scored 0.87 (±0.02) on 1,024 samples", []),
    ("Call 911 now", []),
    ("Order 212-555-0147 was shipped", []),
    ("ISO 8601: 2024-03-15T10:22:33+01:00", []),
    ("Temperature range -40 to +85 °C", []),
    ("Invoice total 1 234 567,89 €", []),
    ("Flight LH 2024 departs 06:45, seat 12A", []),
    ("Serial: 0123-4567-89", []),
    ("Lottery numbers 07 14 21 28 35 42", []),
    ("Scores: 12-10, 8-11, 11-9", []),
    # ---- CREDIT_CARD
    ("card {} exp 12/26", [("CREDIT_CARD", card("4", 16, (4, 4, 4, 4), "-"))]),
    ("Amex {}", [("CREDIT_CARD", card("37", 15, (4, 6, 5), " "))]),
    ('{{"pan":"{}","exp":"12/26"}}', [("CREDIT_CARD", card("55", 16, (4, 4, 4, 4), ""))]),
    ("Card: {}, exp 12/26, cvv 123", [("CREDIT_CARD", card("2223", 16, (4, 4, 4, 4), " "))]),
    ("Diners {} on file", [("CREDIT_CARD", card("36", 14, (4, 6, 4), " "))]),
    ("JCB: {}", [("CREDIT_CARD", card("3566", 16, (4, 4, 4, 4), " "))]),
    ("UnionPay {}", [("CREDIT_CARD", card("62", 19, (4, 4, 4, 4, 3), " "))]),
    ("ts_ms=1710498153123 done", []),
    ("digits 41111111111111112222 are too long", []),
    ("card 4111 **** **** 1111 (masked)", []),
    ("last four 1111", []),
    # ---- US_SSN / US_ITIN
    ("ssn {}", [("US_SSN", ssn("{a} {g} {s}"))]),
    ("SSN:{}", [("US_SSN", ssn("{a}{g}{s}"))]),
    ("social security number {}", [("US_SSN", ssn("{a}-{g}-{s}"))]),
    ("Call {} today", [("PHONE", "312-456-7890")]),
    ("ZIP 12345-6789", []),
    ("Part 123-45-67890", []),
    ("ITIN {}", [("US_ITIN", itin("{a}-{g}-{s}"))]),
    ("W-7 approved, ITIN: {}", [("US_ITIN", itin("{a} {g} {s}"))]),
    # ---- IBAN
    ("iban: {}", [("IBAN", iban("DE", lower=True))]),
    ("IBAN: {} BIC COBADEFFXXX", [("IBAN", iban("DE"))]),
    ("UK account {}.", [("IBAN", iban("GB"))]),
    ("Konto {}", [("IBAN", iban("AT", printed=False))]),
    ("BIC: COBADEFFXXX, Bankleitzahl 37040044", []),
    # ---- IP_ADDRESS
    ("IPs: {}, {} and {}", [("IP_ADDRESS", "10.0.0.1"), ("IP_ADDRESS", "10.0.0.2"), ("IP_ADDRESS", "10.0.0.3")]),
    ("route {}/8 via gw", [("IP_ADDRESS", "10.0.0.0")]),
    ("host={}:5432", [("IP_ADDRESS", "192.0.2.10")]),
    ("ping6 {}%eth0", [("IP_ADDRESS", "fe80::1")]),
    ("addr {}", [("IP_ADDRESS", "2001:db8:0:0:0:0:2:1")]),
    ("mapped {}", [("IP_ADDRESS", "::ffff:10.0.0.1")]),
    ("[{}]", [("IP_ADDRESS", "2001:db8::ff00:42:8329")]),
    ("UA Chrome/120.0.6099.109 Safari/537.36", []),
    ("Firefox 115.0.2.1 crashed on start", []),
    ("Rejected 192.168.1.256 as invalid", []),
    ("TLS 1.2 and 1.3 are enabled", []),
    # ---- URL
    ("See {}", [("URL", "https://example.com/path_(with)_parens")]),
    ("Visit {}", [("URL", "HTTPS://EXAMPLE.COM/DOCS")]),
    ("Dev server: {}", [("URL", "http://localhost:3000/debug")]),
    ("リンク {} を開く", [("URL", "https://例え.jp/パス")]),
    ("Go to {}.", [("URL", "www.example.com")]),
    ("URL: {}", [("URL", "https://example.com/search?q=a+b&lang=de#top")]),
    ("'{}'", [("URL", "https://example.com/a")]),
    ("creds in {}", [("URL", "https://user:pass@example.com/")]),
    ("Mirror: {}", [("URL", "ftp://files.example.org")]),
    ("Open {} in a browser", [("URL", "example.com/path")]),  # relabelled for issue #21 (bare domain)
    ("javascript:alert(1) is blocked", []),
    # ---- CRYPTO_WALLET
    ("bitcoin:{}?amount=0.1", [("CRYPTO_WALLET", lambda rng: S.btc_legacy(rng, 0))]),
    ("Send to {}", [("CRYPTO_WALLET", lambda rng: S.segwit(rng, 0, 20).upper())]),
    ("ETH: {}.", [("CRYPTO_WALLET", lambda rng: S.eth(rng))]),
    ("Taproot {} ok", [("CRYPTO_WALLET", lambda rng: S.segwit(rng, 1, 32))]),
    # ---- MAC_ADDRESS
    ("MAC {}.", [("MAC_ADDRESS", "3C:22:FB:12:34:56")]),
    ("hw {}", [("MAC_ADDRESS", "3c-22-fb-12-34-56")]),
    ("station {} associated", [("MAC_ADDRESS", "ac:de:48:00:11:22")]),
    ("link-local {}", [("IP_ADDRESS", "fe80:0:0:0:a:b:c:d")]),
    # ---- UK_NHS
    ("NHS: {}", [("UK_NHS", nhs("space"))]),
    ("Patient's NHS number is {}", [("UK_NHS", nhs("space"))]),
    ("NHS No {}.", [("UK_NHS", nhs("plain"))]),
    ("Call NHS 111 for advice", []),
    ("Sehr geehrte Frau Dr. Weiß, NHS-Nummer {}", [("UK_NHS", nhs("dash"))]),
    # ---- LLM-style structured output
    ("Sure! Here's the record:\n\n| Field | Value |\n|---|---|\n| Email | {} |\n| Phone | {} |\n| Card | {} |\n| IP | {} |",
     [("EMAIL", E), ("PHONE", P), ("CREDIT_CARD", CC), ("IP_ADDRESS", IP4)]),
    ("I'm sorry, but I can't help with sharing someone's SSN like {}.", [("US_SSN", ssn("{a}-{g}-{s}"))]),
    ('```json\n{{"email": "{}", "ip": "{}"}}\n```', [("EMAIL", E), ("IP_ADDRESS", IP6)]),
    ('contact:\n  email: {}\n  phone: "{}"\n', [("EMAIL", E), ("PHONE", P)]),
    ("id,email,phone\n17,{},{}\n", [("EMAIL", E), ("PHONE", P)]),
    ("Mar 15 10:22:33 host sshd[1234]: Failed password for root from {} port 22 ssh2", [("IP_ADDRESS", IP4)]),
    ("1. Email: {}\n2. Website: {}\n3. Wallet: {}", [("EMAIL", E), ("URL", U), ("CRYPTO_WALLET", W)]),
    ("Device list:\n- {} (printer)\n- {} (laptop)", [("MAC_ADDRESS", M), ("MAC_ADDRESS", M)]),
]
