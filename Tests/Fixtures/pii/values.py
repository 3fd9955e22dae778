"""Generators for formatted PII values without checksums (phones, IPs, URLs, e-mails, MACs)."""

FIRST = ["jane", "john", "maria", "li", "ahmed", "sofia", "lukas", "chloe", "kenji", "priya",
         "olga", "diego", "fatima", "noah", "emma", "oscar", "amelie", "yuki", "sven", "ines"]
LAST = ["doe", "smith", "garcia", "wang", "khan", "rossi", "muller", "martin", "tanaka", "patel",
        "ivanova", "lopez", "haddad", "brown", "dubois", "nilsson", "costa", "kowalski"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "example.co.uk",
           "example.de", "example.fr", "example.io", "corp.example.dev", "example.jp",
           "example-shop.com", "support.example.org", "example.es", "example.ai"]


def email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([
        f"{f}.{l}", f"{f}{l}", f"{f}_{l}", f"{f[0]}{l}", f"{f}.{l}{rng.randint(1, 99)}",
        f"{f}+{rng.choice(['billing', 'news', 'test', 'promptgate'])}", f"{f}-{l}", f"{l}.{f}",
        f"{f.upper()}.{l.capitalize()}", f"{f}{rng.randint(1970, 2005)}"])
    return f"{local}@{rng.choice(DOMAINS)}"


# ---------------------------------------------------------------- phones

def d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


US_AREAS = ["212", "415", "312", "617", "206", "303", "512", "646", "718", "202", "305", "404"]


def phone(rng):
    """One phone number, international or national, in a realistic format."""
    a = rng.choice(US_AREAS)
    line = f"01{d(rng, 2)}"
    uk_london = f"7946 0{d(rng, 3)}"
    uk_mobile = f"900{d(rng, 3)}"
    kinds = [
        f"({a}) 555-{line}", f"{a}-555-{line}", f"{a}.555.{line}", f"+1 {a} 555 {line}",
        f"+1-{a}-555-{line}", f"+1 ({a}) 555-{line}", f"1-800-555-{line}", f"+1{a}555{line}",
        f"+44 20 {uk_london}", f"020 {uk_london}", f"+44 7700 {uk_mobile}", f"07700 {uk_mobile}",
        f"07700 900 {d(rng, 3)}", f"+44 (0)20 {uk_london}", f"0161 496 0{d(rng, 3)}",
        f"+44 161 496 0{d(rng, 3)}",
        f"+49 30 {d(rng, 8)}", f"030 {d(rng, 8)}", f"+49 (0)30 {d(rng, 4)} {d(rng, 4)}",
        f"0171 {d(rng, 7)}", f"+49 171 {d(rng, 7)}", f"030/{d(rng, 8)}", f"089-{d(rng, 7)}",
        f"+49 89 {d(rng, 7)}",
        f"+33 1 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
        f"01 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
        f"06 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
        f"01.{d(rng, 2)}.{d(rng, 2)}.{d(rng, 2)}.{d(rng, 2)}",
        f"+33 6 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
        f"+34 912 {d(rng, 3)} {d(rng, 3)}", f"+34 612 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
        f"+39 06 {d(rng, 4)} {d(rng, 4)}", f"+39 347 {d(rng, 3)} {d(rng, 4)}",
        f"+31 20 {d(rng, 3)} {d(rng, 4)}", f"020 {d(rng, 3)} {d(rng, 4)}", f"06-{d(rng, 8)}",
        f"+81 3-{d(rng, 4)}-{d(rng, 4)}", f"03-{d(rng, 4)}-{d(rng, 4)}",
        f"+91 98{d(rng, 3)} {d(rng, 5)}", f"+55 11 9{d(rng, 4)}-{d(rng, 4)}",
        f"+61 2 {d(rng, 4)} {d(rng, 4)}", f"(02) {d(rng, 4)} {d(rng, 4)}", f"0412 {d(rng, 3)} {d(rng, 3)}",
        f"+86 138 {d(rng, 4)} {d(rng, 4)}", f"+41 44 {d(rng, 3)} {d(rng, 2)} {d(rng, 2)}",
        f"+52 55 {d(rng, 4)} {d(rng, 4)}", f"+27 21 {d(rng, 3)} {d(rng, 4)}",
    ]
    return rng.choice(kinds)


def bare_phone(rng):
    """A phone written without separators; only used right after a phone keyword."""
    return rng.choice([f"{rng.choice(US_AREAS)}55501{d(rng, 2)}", f"07700900{d(rng, 3)}",
                       f"0301{d(rng, 7)}", f"0612{d(rng, 6)}"])


# ---------------------------------------------------------------- IP

def ipv4(rng):
    return rng.choice([
        f"192.0.2.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(0, 255)}",
        f"203.0.113.{rng.randint(1, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "127.0.0.1", "0.0.0.0",
        "255.255.255.0", f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"])


def h4(rng, lead_zero=False):
    v = rng.randint(0, 0xffff)
    return f"{v:04x}" if lead_zero else f"{v:x}"


def ipv6(rng):
    return rng.choice([
        f"2001:db8:{h4(rng)}:{h4(rng)}::{h4(rng)}",
        "2001:0db8:" + ":".join(h4(rng, True) for _ in range(6)),
        "2001:db8:" + ":".join(h4(rng) for _ in range(6)),
        "::1", f"fe80::{h4(rng)}:{h4(rng)}:{h4(rng)}:{h4(rng)}", f"2001:db8::{h4(rng)}",
        f"::ffff:192.0.2.{rng.randint(1, 254)}", f"2001:db8::{h4(rng)}:{h4(rng)}",
        f"2001:DB8:{h4(rng).upper()}::{h4(rng).upper()}", f"fe80::1%eth0".split("%")[0],
        f"64:ff9b::198.51.100.{rng.randint(1, 254)}"])


def ip(rng):
    return ipv4(rng) if rng.random() < 0.6 else ipv6(rng)


# ---------------------------------------------------------------- URL

HOSTS = ["example.com", "www.example.org", "docs.example.dev", "shop.example.net", "api.example.io",
         "status.example.com", "example.co.uk", "files.example.org", "portal.example.de"]
PATHS = ["", "/", "/docs", "/account/settings", "/orders/48213", "/search?q=refund&lang=en",
         "/help/article-2041#billing", "/v2/users?id=19&sort=desc", "/downloads/report-2024.pdf",
         "/wiki/Main_Page", "/api/v1/health", "/reset-password?token=abc123XYZ"]


def url(rng):
    p = rng.choice(PATHS)
    kind = rng.random()
    if kind < 0.55:
        return f"{rng.choice(['https', 'https', 'http'])}://{rng.choice(HOSTS)}{p}"
    if kind < 0.75:
        return f"www.example.{rng.choice(['com', 'org', 'net'])}{p}"
    if kind < 0.85:
        return f"https://{rng.choice(HOSTS)}:{rng.choice([8080, 8443, 3000])}{p}"
    if kind < 0.92:
        return f"ftp://ftp.example.org/pub/{rng.choice(['release.tar.gz', 'data/2024/q1.csv'])}"
    return f"http://{ipv4(rng)}{rng.choice(['/admin', ':8080/', '/login?next=/home'])}"


# ---------------------------------------------------------------- MAC

def mac(rng):
    b = [rng.randrange(256) for _ in range(6)]
    style = rng.choice(["colon", "colon", "COLON", "dash", "DASH", "cisco"])
    if style == "colon":
        return ":".join(f"{x:02x}" for x in b)
    if style == "COLON":
        return ":".join(f"{x:02X}" for x in b)
    if style == "dash":
        return "-".join(f"{x:02x}" for x in b)
    if style == "DASH":
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"
