"""Synthetic, checksum-correct PII values for the promptgate PII corpus.

Every value here is generated from a seeded RNG; none belongs to a real person.
Phone numbers use fictional/drama ranges where a country has one (US 555-01xx,
UK 020 7946 0xxx / 07700 900xxx / 0161 496 0xxx), documentation IP ranges
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) and example.*
domains (RFC 2606).
"""
import hashlib

# ---------------------------------------------------------------- Luhn / cards

def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


CARD_ISSUERS = [
    # (name, prefix choices, length, grouping)
    ("visa", ["4"], 16, (4, 4, 4, 4)),
    ("visa13", ["4"], 13, (13,)),
    ("mc", ["51", "52", "53", "54", "55"], 16, (4, 4, 4, 4)),
    ("mc2", [str(x) for x in range(2221, 2721, 37)], 16, (4, 4, 4, 4)),
    ("amex", ["34", "37"], 15, (4, 6, 5)),
    ("discover", ["6011", "644", "645", "649", "65"], 16, (4, 4, 4, 4)),
    ("jcb", [str(x) for x in range(3528, 3590, 7)], 16, (4, 4, 4, 4)),
    ("diners", ["300", "301", "305", "36", "38"], 14, (4, 6, 4)),
    ("unionpay", ["62"], 16, (4, 4, 4, 4)),
    ("unionpay19", ["62"], 19, (4, 4, 4, 4, 3)),
]


def card_number(rng, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def group(digits: str, grouping, sep: str) -> str:
    out, i = [], 0
    for g in grouping:
        out.append(digits[i:i + g])
        i += g
    return sep.join(out)


def card(rng):
    name, prefixes, length, grouping = rng.choice(CARD_ISSUERS)
    num = card_number(rng, rng.choice(prefixes), length)
    if len(grouping) == 1:
        return num
    sep = rng.choice([" ", " ", "-", ""])
    return num if sep == "" else group(num, grouping, sep)


# ---------------------------------------------------------------- SSN / ITIN

def ssn_parts(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100))


def itin_parts(rng):
    return f"9{rng.randint(0, 99):02d}", f"{rng.choice(ITIN_GROUPS):02d}", f"{rng.randint(0, 9999):04d}"


# ---------------------------------------------------------------- IBAN

IBAN_BBAN = {
    # country: list of (kind, count); n = digits, a = upper letters, c = alnum
    "DE": [("n", 18)], "GB": [("a", 4), ("n", 14)], "FR": [("n", 23)], "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("a", 4), ("n", 10)], "BE": [("n", 12)],
    "CH": [("n", 5), ("c", 12)], "AT": [("n", 16)], "PL": [("n", 24)], "SE": [("n", 20)],
    "NO": [("n", 11)], "DK": [("n", 14)], "FI": [("n", 14)], "IE": [("a", 4), ("n", 14)],
    "PT": [("n", 21)], "LU": [("n", 3), ("c", 13)], "CZ": [("n", 20)], "HU": [("n", 24)],
    "RO": [("a", 4), ("c", 16)],
}


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def iban_compact(rng, country=None):
    country = country or rng.choice(sorted(IBAN_BBAN))
    bban = ""
    for kind, count in IBAN_BBAN[country]:
        alphabet = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[kind]
        bban += "".join(rng.choice(alphabet) for _ in range(count))
    return country + iban_check(country, bban) + bban


def iban_print(compact: str) -> str:
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


# ---------------------------------------------------------------- NHS

def nhs_check(nine: str):
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def nhs_number(rng):
    while True:
        nine = str(rng.randint(4, 7)) + "".join(rng.choice("0123456789") for _ in range(8))
        c = nhs_check(nine)
        if c is not None:
            return nine + str(c)


def nhs_format(num: str, style: str) -> str:
    if style == "space":
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    if style == "dash":
        return f"{num[:3]}-{num[3:6]}-{num[6:]}"
    return num


# ---------------------------------------------------------------- crypto

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def btc_legacy(rng, version: int) -> str:
    return b58check(bytes([version]) + bytes(rng.randrange(256) for _ in range(20)))


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc, bits, ret, maxv = 0, 0, [], (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def segwit(rng, witver: int, nbytes: int) -> str:
    prog = [rng.randrange(256) for _ in range(nbytes)]
    data = [witver] + _convertbits(prog, 8, 5)
    const = 1 if witver == 0 else 0x2bc830a3
    pm = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ const
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(BECH[d] for d in data + checksum)


def eth(rng) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(40))
    if rng.random() < 0.3:  # mixed case, as wallets print EIP-55 addresses
        h = "".join(c.upper() if c.isalpha() and rng.random() < 0.5 else c for c in h)
    return "0x" + h


def wallet(rng) -> str:
    kind = rng.choice(["p2pkh", "p2sh", "wpkh", "wsh", "tr", "eth", "eth"])
    if kind == "p2pkh":
        return btc_legacy(rng, 0)
    if kind == "p2sh":
        return btc_legacy(rng, 5)
    if kind == "wpkh":
        return segwit(rng, 0, 20)
    if kind == "wsh":
        return segwit(rng, 0, 32)
    if kind == "tr":
        return segwit(rng, 1, 32)
    return eth(rng)


def mutate(rng, s: str, alphabet: str, start: int) -> str:
    i = rng.randrange(start, len(s))
    choices = [c for c in alphabet if c != s[i]]
    return s[:i] + rng.choice(choices) + s[i + 1:]
