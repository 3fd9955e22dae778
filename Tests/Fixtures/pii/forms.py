"""Form families ("forms-<family>-*" ids): the real-world forms of issue #21 that the scanner
missed, one family per form, written before the scanner was changed for them, each with hard
negatives so precision is measured too. `promptgate-bench pii` prints one row per family.

Labelling follows docs/pii.md ("What counts"): obfuscated e-mail addresses ("name at example
dot com", "[at]", "(dot)") and bare domains with a common TLD are PII by default; well-known
test card numbers are card numbers. Same slot format as wild.py.
"""
import synth as S
from wild import card, nhs

NHS_SPACE = nhs("space")
NHS_PLAIN = nhs("plain")
NHS_DASH = nhs("dash")

FORMS = [
    # ---- nhs-table: NHS numbers in tables, CSV and far from their label
    ("nhs-table", "| Patient | NHS number | Ward |\n|---|---|---|\n| A. Patel | {} | B4 |\n| J. Smith | {} | C1 |",
     [("UK_NHS", NHS_SPACE), ("UK_NHS", NHS_SPACE)]),
    ("nhs-table", "| Name | NHS No. | Phone |\n| --- | --- | --- |\n| R. Evans | {} | {} |",
     [("UK_NHS", NHS_PLAIN), ("PHONE", "020 7946 0123")]),
    ("nhs-table", "name,nhs_number,dob\nJane Roe,{},1984-02-11\nAmir Khan,{},1990-07-30",
     [("UK_NHS", NHS_PLAIN), ("UK_NHS", NHS_SPACE)]),
    ("nhs-table", "Name\tNHS number\tWard\nJ. Doe\t{}\tB4\nK. Lee\t{}\tA2",
     [("UK_NHS", NHS_SPACE), ("UK_NHS", NHS_DASH)]),
    ("nhs-table", "Patient list (NHS numbers)\n1. Mr A. Patel - {}\n2. Mrs J. Smith - {}\n3. Ms K. Lee - {}",
     [("UK_NHS", NHS_SPACE), ("UK_NHS", NHS_SPACE), ("UK_NHS", NHS_PLAIN)]),
    ("nhs-table", "NHS number on the referral letter from the GP surgery, checked twice by reception: {}",
     [("UK_NHS", NHS_SPACE)]),
    ("nhs-table", "Assistant: Here are the details you asked for.\n\n| Field | Value |\n|---|---|\n| Name | Tom Baker |\n| NHS number | {} |\n| Phone | {} |",
     [("UK_NHS", NHS_SPACE), ("PHONE", "07700 900461")]),
    ("nhs-table", "| Ticket | Status |\n|---|---|\n| 4505577104 | open |", []),
    ("nhs-table", "| Patient | NHS number |\n|---|---|\n| A. Patel | 943 476 5918 |", []),
    ("nhs-table", "| Patient | Phone |\n|---|---|\n| A. Patel | {} |", [("PHONE", "020 7946 0555")]),
    ("nhs-table", "order_id,amount\n4505577104,12.50", []),

    # ---- ssn-separators: SSN / ITIN with other separators
    ("ssn-separators", "SSN: {}", [("US_SSN", "123.45.6789")]),
    ("ssn-separators", "Social Security number {} on file", [("US_SSN", "219\u201309\u20139999")]),
    ("ssn-separators", "Employee SSN {}.", [("US_SSN", "078\u201105\u20111120")]),
    ("ssn-separators", "ssn = {}", [("US_SSN", "536\u221290\u22124399")]),
    ("ssn-separators", "SSN {}", [("US_SSN", "401\u00a082\u00a03456")]),
    ("ssn-separators", "The applicant's SSN is {}", [("US_SSN", "355.84.1234")]),
    ("ssn-separators", "ITIN: {}", [("US_ITIN", "912.78.1234")]),
    ("ssn-separators", "Taxpayer ID {}", [("US_ITIN", "931\u201370\u20135678")]),
    ("ssn-separators", "ITIN {} (dependent)", [("US_ITIN", "955\u201194\u20112222")]),
    ("ssn-separators", '{{"name": "L. Chen", "itin": "{}"}}', [("US_ITIN", "988 88 1111")]),
    ("ssn-separators", "Part no. 123.45.6789 ships Monday", []),
    ("ssn-separators", "ITIN 912.45.6789 is not valid", []),
    ("ssn-separators", "Date 2024/03/15, ref 123/45/6789", []),
    ("ssn-separators", "Pages 123\u201345 and 67\u201389", []),

    # ---- card-forms: groupings, 15/19 digits, test numbers
    ("card-forms", "Amex {}", [("CREDIT_CARD", card("37", 15, (4, 4, 4, 3), " "))]),
    ("card-forms", "Card: {}", [("CREDIT_CARD", card("34", 15, (4, 6, 5), ""))]),
    ("card-forms", "UnionPay card {}", [("CREDIT_CARD", card("62", 19, (4, 4, 4, 4, 3), " "))]),
    ("card-forms", "Visa (19 digits): {}", [("CREDIT_CARD", card("4", 19, (4, 4, 4, 4, 3), "-"))]),
    ("card-forms", "Maestro {}", [("CREDIT_CARD", card("6759", 19, (4, 4, 4, 4, 3), " "))]),
    ("card-forms", "Diners {}", [("CREDIT_CARD", card("36", 14, (4, 4, 4, 2), " "))]),
    ("card-forms", "Mir card {}", [("CREDIT_CARD", card("2200", 16, (4, 4, 4, 4), " "))]),
    ("card-forms", "card no. {}", [("CREDIT_CARD", card("4", 16, (4, 4, 4, 4), "."))]),
    ("card-forms", "Card {}", [("CREDIT_CARD", card("53", 16, (8, 8), " "))]),
    ("card-forms", "Test with {} and any future expiry.", [("CREDIT_CARD", "4111 1111 1111 1111")]),
    ("card-forms", "Stripe test card: {}", [("CREDIT_CARD", "4242424242424242")]),
    ("card-forms", "Use {} (Mastercard test)", [("CREDIT_CARD", "5555 5555 5555 4444")]),
    ("card-forms", "Amex test {}", [("CREDIT_CARD", "378282246310005")]),
    ("card-forms", "Diners test number {}", [("CREDIT_CARD", "3056 9309 0259 04")]),
    ("card-forms", "Maestro test {}", [("CREDIT_CARD", "6759649826438453")]),
    ("card-forms", '{{"card_number": "{}", "exp": "12/29"}}', [("CREDIT_CARD", "6205 5000 0000 0000 004")]),
    ("card-forms", "Card 4111 1111 1111 1112 was declined (typo)", []),
    ("card-forms", "IMEI 490154203237518", []),
    ("card-forms", "Transaction 6011 2345 67 settled", []),
    ("card-forms", "card ending 4444, expires 12/29", []),

    # ---- url-bare: bare domains, quoted URLs, IDN hosts
    ("url-bare", "Visit {} for details.", [("URL", "example.com")]),
    ("url-bare", "Returns are handled at {}.", [("URL", "shop.example.co.uk/returns")]),
    ("url-bare", "The API docs are on {} (v2).", [("URL", "docs.example.dev/api/v2")]),
    ("url-bare", "Go to {} and pick a plan", [("URL", "example.io/pricing?plan=pro")]),
    ("url-bare", "Our site: {}", [("URL", "example.org")]),
    ("url-bare", "Reset it here: '{}'", [("URL", "https://example.com/reset?token=abc123")]),
    ("url-bare", "Link: \u201c{}\u201d", [("URL", "https://example.com/account")]),
    ("url-bare", "Lien : \u00ab {} \u00bb", [("URL", "https://example.fr/compte")]),
    ("url-bare", "Open `{}` in a browser", [("URL", "https://status.example.com/")]),
    ("url-bare", "\u8a73\u7d30\u306f\u300c{}\u300d\u3092\u53c2\u7167", [("URL", "https://example.jp/help")]),
    ("url-bare", '{{"website": "{}"}}', [("URL", "example.net")]),
    ("url-bare", "Kontakt: {}", [("URL", "m\u00fcnchen-example.de/kontakt")]),
    ("url-bare", "See {}", [("URL", "https://b\u00fccher.example.de/katalog")]),
    ("url-bare", "Open main.py and README.md, then run setup.sh", []),
    ("url-bare", "Built with ASP.NET and Node.js", []),
    ("url-bare", "Set user.name and user.id in config.yaml", []),
    ("url-bare", "e.g. this one, i.e. that one", []),

    # ---- email-obfuscated: spelled-out and bracketed forms, IDN domains
    ("email-obfuscated", "Email me: {} thanks", [("EMAIL", "anna dot berg at example dot org")]),
    ("email-obfuscated", "Write to {} please", [("EMAIL", "jane[at]example[dot]com")]),
    ("email-obfuscated", "Contact: {}", [("EMAIL", "jane [at] example [dot] org")]),
    ("email-obfuscated", "E-Mail: {}", [("EMAIL", "j.doe(at)example.de")]),
    ("email-obfuscated", "support {}", [("EMAIL", "help (at) example (dot) co (dot) uk")]),
    ("email-obfuscated", "reach me: {}", [("EMAIL", "maria AT example DOT es")]),
    ("email-obfuscated", "mail {}", [("EMAIL", "name{at}example{dot}com")]),
    ("email-obfuscated", "Schreib an {}", [("EMAIL", "j\u00fcrgen@b\u00fccher.de")]),
    ("email-obfuscated", "\u041f\u043e\u0447\u0442\u0430: {}", [("EMAIL", "ivan@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444")]),
    ("email-obfuscated", "Correo: {}", [("EMAIL", "jos\u00e9@example.es")]),
    ("email-obfuscated", "Look at the dot com bubble at its peak", []),
    ("email-obfuscated", "We met at example dot", []),
    ("email-obfuscated", "Meet me at the office at 5", []),
    ("email-obfuscated", "Use the [at] and [dot] placeholders", []),

    # ---- phone-intl: Chinese mobiles, Indian and Israeli numbers, glued labels
    ("phone-intl", "\u624b\u673a\uff1a{}", [("PHONE", "13912345678")]),
    ("phone-intl", "\u8054\u7cfb\u7535\u8bdd {}", [("PHONE", "139 1234 5678")]),
    ("phone-intl", "Mobile (CN): {}", [("PHONE", "139-1234-5678")]),
    ("phone-intl", "WeChat / phone {}", [("PHONE", "+86-13912345678")]),
    ("phone-intl", "Call {}", [("PHONE", "+91 98765 43210")]),
    ("phone-intl", "Mobile: {}", [("PHONE", "+91-9876543210")]),
    ("phone-intl", "Phone {} (Mumbai)", [("PHONE", "98765 43210")]),
    ("phone-intl", "Call {}", [("PHONE", "+972-52-123-4567")]),
    ("phone-intl", "\u05d8\u05dc\u05e4\u05d5\u05df: {}", [("PHONE", "052-123-4567")]),
    ("phone-intl", "Office {}", [("PHONE", "+972 3 123 4567")]),
    ("phone-intl", "Tel{}", [("PHONE", "020 7946 0123")]),
    ("phone-intl", "Tel.{}", [("PHONE", "020 7946 0124")]),
    ("phone-intl", "Mob{} after 6pm", [("PHONE", "07700 900123")]),
    ("phone-intl", "Phone:{}", [("PHONE", "+44 20 7946 0125")]),
    ("phone-intl", "Ref 98765 43210", []),
    ("phone-intl", "Order 13912345678 shipped", []),
    ("phone-intl", "Version2.0 1234 5678", []),
]

# Slots whose value depends on the RNG are filled by make_corpus.py.
_ = S
