# Case data for the support-ticket example, part B (t033-t064).
from cases_a import E

CASES_B = []

def case(id, ticket, tags, expected, v3_summary, v1=None, v2=None, v3=None):
    CASES_B.append(dict(id=id, ticket=ticket.strip("\n"), tags=tags, expected=expected,
                        v3_summary=v3_summary, v1=v1 or {}, v2=v2 or {}, v3=v3 or {}))


case("t033", """
Goedemiddag,

Kunt u mij een kopie van de factuur voor bestelling ORD-60817 sturen? Ik heb die nodig voor mijn boekhouding. Mijn e-mailadres is jeroen.devries@example.com.

Met vriendelijke groet,
Jeroen de Vries
""", ["billing", "invoice", "non-english", "dutch", "pii"],
E("billing", "low", "neutral", "Jeroen de Vries", "jeroen.devries@example.com", "ORD-60817", None, None, False, "nl",
  "Customer asks for a copy of the invoice for an order for their bookkeeping.", 0.94),
"Customer requests a copy of the invoice for their bookkeeping.",
v1={"style": "fence"})

case("t034", """
Hola, ¿alguna novedad sobre esto? Ya pasó una semana y nadie me ha contestado.

On Mon, Mar 4, 2024 at 10:15 AM Brightcart Support <support@example.org> wrote:
> Hi Lucía,
>
> Thanks for reaching out. We've asked the carrier to open an investigation for order ORD-57719, which shows as delivered but which you say you never received. Investigations usually take 3-5 business days. We'll get back to you as soon as we hear from them.
>
> Best,
> Jess, Brightcart Support
>
> On Sun, Mar 3, 2024 at 8:40 PM Lucía Fernández <lucia.fernandez@example.com> wrote:
>> Hi, my order ORD-57719 says delivered but I never got it. I already checked with my neighbours and the front desk of my building. Can you help?
>> Lucía
""", ["shipping", "thread", "non-english", "spanish", "mixed-language", "pii"],
E("shipping", "medium", "negative", "Lucía Fernández", "lucia.fernandez@example.com", "ORD-57719", None, None, True, "es",
  "Customer follows up on a carrier investigation for an order marked delivered but never received.", 0.82),
"Follow-up on carrier investigation for an order marked delivered but not received; no update after a week.",
v1={"style": "prose", "set": {"language": "en"}},
v2={"set": {"language": "en"}, "conf": 0.86},
v3={"set": {"language": "en"}, "conf": 0.9})

case("t035", """
Hallo,

mir wurden für die Bestellung ORD-65590 zweimal 89,90 € abgebucht (Kreditkarte endet auf 1881). Ich habe nur einmal bestellt. Bitte erstatten Sie die doppelte Abbuchung umgehend.

Gruß
Felix Brandt
""", ["billing", "double-charge", "critical", "non-english", "german"],
E("billing", "high", "neutral", "Felix Brandt", None, "ORD-65590", 89.9, "EUR", True, "de",
  "Customer was charged twice for one order and asks for the duplicate charge to be refunded promptly.", 0.9),
"Order charged twice (2 x 89.90 EUR); customer requests immediate refund of the duplicate.",
v1={"style": "plain", "set": {"amount": 179.8}},
v2={"set": {"amount": 179.8}, "conf": 0.88},
v3={"set": {"amount": 179.8}, "conf": 0.9})

case("t036", """
Subject: Gift needs to arrive by Saturday

Hi, my order ORD-61002 has been stuck on "label created" for 12 days. It's a birthday present for my daughter and her party is this Saturday. Is there any way to get it here in time, or should I just buy something locally? Please let me know ASAP.

Thanks, Laura Bennett
""", ["shipping", "delay", "deadline"],
E("shipping", "high", "negative", "Laura Bennett", None, "ORD-61002", None, None, True, "en",
  "An order has shown only a label created for 12 days and the customer needs it before a birthday on Saturday.", 0.88),
"Order stuck on label created for 12 days; birthday gift needed by Saturday, customer asks for options ASAP.",
v1={"style": "fence"},
v2={"set": {"priority": "medium"}, "conf": 0.87})

case("t037", """
Subject: Question about upgrading mid-cycle

Hello,

We're on the Brightcart Business monthly plan (15 seats) and would like to switch to the annual plan. If we switch now, halfway through the month, will the unused part of this month be credited against the annual price, or do we pay both? I couldn't find this in the help center.

Best regards,

Helen Marsh
Operations Coordinator | Harbor & Pine Interiors
helen.marsh@example.com | +1 (503) 555-0188
www.example.com/harborandpine

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the intended recipient. If you are not the intended recipient, please do not read, distribute or take action in reliance upon this message. If you have received this in error, please notify the sender immediately by return e-mail and promptly delete this message and its attachments from your computer system.
Please consider the environment before printing this e-mail.
""", ["billing", "question", "signature", "pii"],
E("billing", "low", "neutral", "Helen Marsh", "helen.marsh@example.com", None, None, None, False, "en",
  "Business customer asks whether the unused part of the current month is credited when switching from monthly to annual billing.", 0.93),
"Question: is unused monthly time credited when switching a 15-seat Business plan to annual billing mid-cycle?",
v1={"style": "prose"})

case("t038", """
Subject: account locked

Hi, my account got locked after I typed the wrong password a few times this morning. The message says "Your account has been temporarily locked for your security" but it's been 6 hours now. I've got an order to place before a sale ends tonight. Can you unlock it?

Thanks
Ravi Menon
ravi.menon@example.com
""", ["account", "login", "pii"],
E("account", "high", "negative", "Ravi Menon", "ravi.menon@example.com", None, None, None, True, "en",
  "Customer's account has stayed locked for six hours after failed password attempts and they need it unlocked today.", 0.9),
"Account locked after failed password attempts, still locked after 6 hours; needs access before a sale ends tonight.",
v1={"style": "fence"})

case("t039", """
hi can you update the card on my account? the old one (card ending 1881) expired last month and my subscription renewal failed. i already added a new card in the app but it still tries the old one. phone if needed: 212-555-0139

thx, Marco
""", ["billing", "payment-method", "pii"],
E("billing", "low", "neutral", "Marco", None, None, None, None, False, "en",
  "A subscription renewal failed on an expired card although the customer has already added a new card.", 0.86),
"Renewal failed because the expired card is still being charged; new card already added.",
v1={"style": "plain", "set": {"requires_human": "no"}})

case("t040", """
Subject: Please charge this card instead

Hi, my payment for order ORD-68231 was declined. Please just charge this card instead:
4242 4242 4242 4242, exp 12/27, CVC 123
Name on card: Carlos Mendes

Thank you!
""", ["billing", "payment-method", "pii", "card-number"],
E("billing", "medium", "neutral", "Carlos Mendes", None, "ORD-68231", None, None, True, "en",
  "Customer's payment was declined and they sent full card details in the ticket asking for the order to be charged to that card.", 0.9),
"Payment declined; customer sent full card details in the ticket and asks to charge that card instead.",
v1={"style": "prose", "summary": "Carlos Mendes's payment for order ORD-68231 was declined and he wants the order charged to card 4242 4242 4242 4242 (exp 12/27)."})

# t041: long chat transcript, lost package (v3 truncated, v1 cut at 400 tokens)
T041 = """
Brightcart Support - chat transcript
Conversation ID: 118f-2c07
Started: 2024-03-09 13:58 (UTC-05:00)

[13:58] Brightcart Bot: Hi! I'm the Brightcart assistant. What can I help you with today?
[13:58] Customer: my package is lost
[13:58] Brightcart Bot: I'm sorry to hear that. Could you share your order number? It starts with ORD- and you can find it in your confirmation e-mail.
[13:59] Customer: ORD-70488
[13:59] Brightcart Bot: Thanks! Order ORD-70488 was delivered on March 6 at 2:14 PM. The carrier left it at: Front door / porch.
[13:59] Customer: it was NOT delivered. I've been waiting for it for a week. I was home on the 6th and nothing came
[14:00] Brightcart Bot: Sometimes packages are left in a safe place or with a neighbour. Have you checked around your property and with your neighbours?
[14:00] Customer: yes. obviously. agent please
[14:01] Brightcart Bot: Let me connect you to an agent. Current wait time: about 12 minutes.
[14:13] Tyler (Brightcart): Hi, this is Tyler! Thanks for waiting. I see you're asking about order ORD-70488. I'm sorry it hasn't turned up. Can you confirm your name and the delivery address?
[14:14] Customer: Megan O'Connor, 1428 Elm Street, Apt 3B. the address on the order is right
[14:15] Tyler (Brightcart): Thank you Megan. I can see the carrier marked it delivered at the front door on March 6. Sometimes the GPS location of the delivery is slightly off. Do you have a building mailroom or a front desk?
[14:15] Customer: there's a mailroom, I asked the manager twice, it's not there. I also have a doorbell camera and nobody came to my door that afternoon. I can send you the footage if you want
[14:17] Tyler (Brightcart): That's really helpful, thank you. Could you e-mail a screenshot to support@example.org with the order number in the subject?
[14:17] Customer: sure. meg.oconnor@example.com is my email, I'll send it from there
[14:18] Customer: what's in the box is a $289.00 espresso machine, it was a gift for my dad's 60th, which was yesterday. so that's already ruined
[14:19] Tyler (Brightcart): I'm really sorry about that. I've opened a lost-package claim with the carrier. These usually take 5-7 business days. Once the claim is approved, we can either send a replacement or issue a refund.
[14:20] Customer: 5-7 business days?? I already waited a week for the package. why do I have to wait for the carrier, you sold me the machine, the carrier is your problem not mine
[14:21] Tyler (Brightcart): I understand your frustration. Unfortunately our policy requires a carrier claim before we can reship a high-value item.
[14:21] Customer: then I want a refund now, not in 2 weeks. I'll buy it somewhere else
[14:22] Tyler (Brightcart): I'm not able to issue the refund before the claim is resolved, but I can flag your case for a supervisor to review. Would that be OK?
[14:22] Customer: yes. and I want someone to actually call me, not another bot. my number is 555-0191, area code 614
[14:23] Tyler (Brightcart): I've flagged the case for a supervisor with a callback request. You'll also get an e-mail confirmation with the claim number.
[14:24] Customer: fine. honestly this is the last time I order anything expensive from you
[14:24] Tyler (Brightcart): I completely understand, and I'm sorry again for the experience. Is there anything else I can help with?
[14:25] Customer: no
[14:25] Tyler (Brightcart): Thank you for your patience, Megan. Have a good afternoon.
[14:25] -- Customer left the chat --

Post-chat survey: 1/5
Customer comment: "Package marked delivered when it wasn't, bot was useless, agent was nice but couldn't do anything. Don't make me wait two weeks for a refund on something you never delivered. If I don't hear back by Wednesday I'm calling my bank."
"""

case("t041", T041, ["shipping", "lost-package", "long", "chat", "angry", "pii"],
E("shipping", "high", "negative", "Megan O'Connor", "meg.oconnor@example.com", "ORD-70488", 289.0, "USD", True, "en",
  "An order marked delivered never arrived; the customer has doorbell footage, a carrier claim is open, and they want an immediate refund and a supervisor callback.", 0.9),
"The order, an espresso machine worth $289.00 meant as a birthday gift, was marked delivered at the front door on March 6 but never arrived: the customer was at home, checked the building mailroom twice and has doorbell camera footage showing nobody came. The bot was unhelpful; the agent opened a lost-package claim with the carrier (5-7 business days) and flagged the case for a supervisor callback, but would not refund before the claim is resolved. The customer wants an immediate refund rather than waiting about two weeks, rated the chat 1/5 and says she will contact her bank if nobody replies by Wednesday.",
v1={"style": "prose", "truncate": True},
v3={"truncate": True})

# t042: long rant, account suspended (v3 fits)
T042 = """
Subject: Why was my account suspended?!?! (READ THE WHOLE THING)

I have been a Brightcart customer for SIX YEARS. Six. I have spent thousands of dollars with you, I have recommended you to my friends, my sister, my coworkers, I even left you a glowing review on three different sites back when you were a small company nobody had heard of. And this morning I try to log in to reorder my usual coffee beans and I get a red banner that says "This account has been suspended for violating our Terms of Service. Contact support for more information."

Violating your Terms of Service HOW? I buy coffee beans, dish soap and the occasional kitchen gadget. I have never returned more than two or three things a year. I have never charged back anything. I have never resold anything. I don't even leave bad reviews, and believe me, after today I am tempted.

So I did what the banner said and "contacted support". First I tried the chat. The chat bot asked me to log in. I can't log in, that's the whole problem. Then I tried the contact form, which ALSO requires you to be logged in. Then I called the phone line, waited 47 minutes on hold listening to the same 20 seconds of music, and when someone finally picked up they told me that "account reviews are handled by a different team" and that they "can't see the reason" for the suspension. They gave me this e-mail address and told me to write in. So here I am, writing in, for the fourth time today if you count the bot.

What I want:
1. Tell me WHY my account was suspended. Specifically. Not "a violation of our Terms". Which term? What did I supposedly do?
2. Restore my account. I have two gift cards loaded on it, about $85 between them, from my birthday, and I'm not going to lose that money because some algorithm decided I'm a criminal.
3. My Brightcart Plus membership renewed on March 1 ($99.00 for the year). If I can't use the account, I expect that to be refunded in full, obviously.
4. Someone, a human being, to actually reply to this e-mail instead of sending me another auto-response that says "we've received your request".

I'm going to guess this happened because I changed my shipping address last week (I moved!) and logged in from my new apartment's Wi-Fi. If your fraud system thinks moving house is suspicious, that's your problem, not mine. I can prove my identity any way you want, I'll send a photo of my ID, a utility bill, whatever. I just want my account back.

I'm honestly shocked at how this has been handled. I've always told people Brightcart is the one online shop that actually treats customers like people. Today I was treated like a suspect and then bounced between three different "channels" that all require the thing I don't have. If this isn't sorted out this week I'm closing the account myself, taking my gift card balance up with my credit card company and posting about this experience everywhere I can.

The account is under daniela.reyes@example.com. My last order was ORD-69104 (coffee beans, delivered fine, no complaints).

Daniela Reyes
(still a customer, for now)

P.S. I'm sorry to whoever has to read this, I know it's not your personal fault. But please, please make sure it gets to someone who can actually do something about it.
"""

case("t042", T042, ["account", "suspension", "long", "angry", "pii"],
E("account", "high", "negative", "Daniela Reyes", "daniela.reyes@example.com", "ORD-69104", 99.0, "USD", True, "en",
  "A long-time customer's account was suspended without explanation; they want the reason, the account restored, and the membership fee refunded if it is not.", 0.84),
"Long-time customer's account suspended without explanation after a recent address change; wants the reason, account restored (gift card balance on it) and the $99.00 membership refunded if not.",
v1={"style": "fence", "set": {"category": "Account Suspension"}},
v2={"conf": 0.82},
v3={"conf": 0.85})

case("t043", """
Subject: Can't check out on Safari

Checkout button does nothing on Safari (iPhone 13, iOS 17.3). I tap "Place order" and nothing happens, no spinner, no error. Tried 5 times. Works on my laptop in Firefox, so I ended up ordering there, but thought you should know - I bet you're losing orders. Got this from the Safari web inspector when I plugged in my phone:

[Error] Unhandled Promise Rejection: ReferenceError: Can't find variable: structuredClone
	submitOrder (checkout.3f9a1c.js:2:11873)
	(anonymous function) (checkout.3f9a1c.js:2:12510)

Hope that helps.
Sam Whitaker
""", ["technical", "bug", "checkout", "stack-trace"],
E("technical", "high", "neutral", "Sam Whitaker", None, None, None, None, True, "en",
  "The checkout button does nothing in Safari on iOS because of an unhandled JavaScript error, so orders cannot be placed there.", 0.88),
"Safari on iOS 17.3: Place order button does nothing; ReferenceError for structuredClone in checkout script.",
v1={"style": "plain"})

case("t044", """
Subject: Love the new packaging

Just got my order and wanted to say the new plastic-free packaging is great, everything arrived perfectly and I could recycle all of it. Small suggestion: it would be handy to be able to choose "no paper invoice" at checkout, since I already get the PDF by e-mail. Keep it up!

Ines
""", ["feedback", "positive", "feature-request"],
E("feedback", "low", "positive", "Ines", None, None, None, None, False, "en",
  "Customer praises the new plastic-free packaging and suggests an option to skip the paper invoice.", 0.94),
"Positive feedback on plastic-free packaging; suggests a no-paper-invoice option at checkout.",
v1={"style": "prose"})

case("t045", """
URGENT - please cancel order ORD-70115 before it ships!! I ordered the wrong size (L instead of M) and the app won't let me edit it. I'll just reorder the right one. Thanks

Grace Kim
""", ["cancellation", "order", "deadline"],
E("cancellation", "high", "neutral", "Grace Kim", None, "ORD-70115", None, None, True, "en",
  "Customer ordered the wrong size and asks for the order to be cancelled before it ships.", 0.92),
"Cancel order before shipping; wrong size ordered and the app won't allow edits.",
v1={"style": "fence", "set": {"category": "Order Cancellation"}})

case("t046", """
Hi there,

My order AB-20240305 arrived yesterday, four days after the guaranteed delivery date I paid $9.95 extra for. Everything's fine with the items themselves and I'm not upset, but I think the guaranteed-delivery fee should be refunded since the guarantee wasn't met?

Cheers,
Owen Fletcher
owen.fletcher@example.com
""", ["refund", "delivery-guarantee", "pii"],
E("refund", "medium", "neutral", "Owen Fletcher", "owen.fletcher@example.com", "AB-20240305", 9.95, "USD", True, "en",
  "Customer asks for the guaranteed-delivery fee to be refunded because the order arrived four days late.", 0.93),
"Guaranteed delivery missed by 4 days; customer asks for the $9.95 fee back.",
v1={"style": "plain"})

case("t047", """
Subject: Unexpected charge of $119.00??

I just noticed a $119.00 charge from Brightcart on my statement. I never agreed to an annual renewal - I signed up for a free trial last year and assumed it would just end. I didn't get any reminder e-mail before the renewal either. I want this reversed and the subscription closed.

Tom Hadley
tom.hadley@example.com
""", ["billing", "subscription", "renewal", "pii"],
E("billing", "high", "negative", "Tom Hadley", "tom.hadley@example.com", None, 119.0, "USD", True, "en",
  "Customer disputes an annual renewal charge they did not expect and asks for it to be reversed and the subscription closed.", 0.86),
"Unexpected $119.00 annual renewal after a free trial, no reminder e-mail; customer wants it reversed and the subscription closed.",
v1={"style": "prose", "drop": ["currency", "confidence", "order_id"]})

case("t048", """
From: deliveries.watcher@example.com
Subject: tracking link broken

hi, the tracking link in my shipping confirmation goes to a page that says "404 not found". order ORD-69550. can you send me a working link? thanks
""", ["shipping", "tracking", "missing-info", "pii"],
E("shipping", "low", "neutral", None, "deliveries.watcher@example.com", "ORD-69550", None, None, False, "en",
  "The tracking link in a shipping confirmation returns a 404 error and the customer asks for a working link.", 0.9),
"Tracking link in shipping confirmation returns 404; customer asks for a working link.",
v1={"style": "fence", "set": {"customer_name": "Not provided"}},
v3={"set": {"customer_name": "unknown"}, "conf": 0.88})

case("t049", """
Bonjour à toute l'équipe,

Je voulais simplement vous remercier : ma commande ORD-66389 est arrivée en avance, parfaitement emballée, et le service client a répondu à ma question en moins d'une heure. C'est rare de nos jours ! Je recommanderai Brightcart à mes amis.

Bien cordialement,
Élodie Martin
""", ["feedback", "positive", "non-english", "french"],
E("feedback", "low", "positive", "Élodie Martin", None, "ORD-66389", None, None, False, "fr",
  "Customer thanks the team for an early, well-packed delivery and a fast answer from customer service.", 0.95),
"Customer thanks the team: order arrived early, well packed, fast customer service reply.",
v1={"style": "prose"})

case("t050", """
Hallo Brightcart-Team,

seit dem letzten Update (Version 5.2.0) stürzt die App auf meinem Samsung Galaxy S23 (Android 14) sofort beim Öffnen ab. Neu installieren und Cache leeren hat nichts gebracht. Ich kann dadurch meine Bestellungen nicht mehr verfolgen.

Viele Grüße
Stefan Hoffmann
stefan.hoffmann@example.com
""", ["technical", "bug", "mobile", "non-english", "german", "pii"],
E("technical", "high", "negative", "Stefan Hoffmann", "stefan.hoffmann@example.com", None, None, None, True, "de",
  "Since the latest update the Android app crashes immediately on launch, even after reinstalling and clearing the cache.", 0.92),
"App crashes on launch on Android 14 since update 5.2.0; reinstall and cache clear did not help.",
v1={"style": "plain"})

case("t051", """
お世話になっております。
3月5日に注文した商品（注文番号：ORD-64902）がまだ届いておりません。配送状況を確認すると「出荷準備中」のままになっています。
いつ頃発送される予定か教えていただけますでしょうか。
よろしくお願いいたします。

佐藤 健一
""", ["shipping", "delay", "non-english", "japanese"],
E("shipping", "medium", "neutral", "佐藤 健一", None, "ORD-64902", None, None, False, "ja",
  "Customer asks when an order that has been preparing for shipment since early March will be dispatched.", 0.9),
"Order placed March 5 still shows preparing for shipment; customer asks when it will ship.",
v1={"style": "fence", "set": {"language": "jp"}})

case("t052", """
Asunto: ¡Alguien entró en mi cuenta!

Hola, esta mañana recibí un correo diciendo que se había iniciado sesión en mi cuenta desde otro país y que se había cambiado la dirección de envío. Yo no hice nada de eso. Ahora hay un pedido nuevo (ORD-70231) de 560,00 € que yo no hice. Por favor, bloqueen la cuenta y cancelen ese pedido YA.

Carmen Ruiz
carmen.ruiz@example.com
""", ["account", "security", "account-takeover", "critical", "non-english", "spanish", "pii"],
E("account", "urgent", "negative", "Carmen Ruiz", "carmen.ruiz@example.com", "ORD-70231", 560.0, "EUR", True, "es",
  "Customer reports an unauthorized login from abroad, a changed shipping address and an order they did not place, and asks to lock the account.", 0.95),
"Account takeover: foreign login, shipping address changed, unauthorized 560.00 EUR order; customer wants account locked and order canceled.",
v1={"style": "prose", "set": {"priority": "High"}})

case("t053", """
Oi, tudo bem?

Comprei um fone de ouvido bluetooth (pedido ORD-67745) e o lado esquerdo parou de funcionar depois de cinco dias. Gostaria do reembolso de R$ 249,90, não quero outro igual.

Abraços,
Rafael Costa
""", ["refund", "defective", "non-english", "portuguese"],
E("refund", "medium", "negative", "Rafael Costa", None, "ORD-67745", 249.9, "BRL", True, "pt",
  "Customer's headphones stopped working on one side after five days and they want a refund instead of a replacement.", 0.92),
"Bluetooth headphones: left side died after 5 days; customer wants a 249.90 BRL refund, not a replacement.",
v1={"style": "plain"})

case("t054", """
Subject: Last chance before I dispute this with my bank

I have asked THREE times for the $64.00 I was charged for a return shipping label that your own website says is free (order ORD-65012). Every reply is a copy-paste that doesn't answer the question. If this isn't refunded by Friday I'm filing a chargeback with my card issuer and closing my account.

Nathan Brooks
nathan.brooks@example.com
""", ["billing", "chargeback", "critical", "angry", "pii"],
E("billing", "urgent", "negative", "Nathan Brooks", "nathan.brooks@example.com", "ORD-65012", 64.0, "USD", True, "en",
  "Customer threatens a chargeback over a return-label fee that should have been free after three unanswered requests.", 0.93),
"Customer charged $64.00 for a return label advertised as free; threatens chargeback if not refunded by Friday.",
v1={"style": "prose", "set": {"sentiment": "angry"}})

case("t055", """
Subject: Partnership inquiry

Hello,

I run a small ceramics studio in Portland and would love to explore selling our mugs and planters through Brightcart. Is there a marketplace or wholesale program, and who would be the right person to talk to?

Many thanks,
Lena Fischer
lena.fischer@example.com
""", ["other", "partnership", "pii"],
E("other", "low", "positive", "Lena Fischer", "lena.fischer@example.com", None, None, None, True, "en",
  "A small ceramics studio asks about selling its products through a marketplace or wholesale program.", 0.88),
"Ceramics studio asks about marketplace or wholesale programs and the right contact.",
v1={"style": "fence", "set": {"category": "Partnership Inquiry"}})

case("t056", """
From: Liam Foster <liam.foster@example.com>
Subject: Return refund - ORD-63977

Hello,

I sent back the hiking boots from order ORD-63977 two weeks ago (they were too small). The return shows as received in your system since March 2, but the $134.50 still hasn't been refunded to my card. Could you check what's holding it up?

Thank you,
Liam Foster
""", ["refund", "return", "pii"],
E("refund", "medium", "neutral", "Liam Foster", "liam.foster@example.com", "ORD-63977", 134.5, "USD", True, "en",
  "Customer's return was received two weeks ago but the refund has not been issued yet.", 0.93),
"Liam Foster (liam.foster@example.com) returned boots received March 2; $134.50 refund still pending.",
v1={"style": "plain", "summary": "Liam Foster (liam.foster@example.com) is asking about a refund of $134.50 for hiking boots returned from order ORD-63977."})

# t057: long desktop sync log dump (v3 fits)
def _t057():
    rows = []
    stamps = ["09:14:02.118", "09:14:02.341", "09:14:03.007", "09:14:03.912", "09:14:05.446", "09:14:07.803",
              "09:14:12.550", "09:14:22.561", "09:14:42.574", "09:15:22.590", "09:16:42.601", "09:19:22.618",
              "09:24:42.633", "09:35:22.650", "09:56:42.671", "10:39:22.690"]
    for i, t in enumerate(stamps):
        if i == 0:
            rows.append(f"[2024-03-13 {t}] INFO  sync-engine: starting sync cycle #4812 (library: 'Household inventory', 2,318 items)")
        elif i == 1:
            rows.append(f"[2024-03-13 {t}] INFO  auth: token refreshed, expires in 3600s")
        elif i == 2:
            rows.append(f"[2024-03-13 {t}] INFO  sync-engine: 14 local changes, 0 remote changes")
        elif i == 3:
            rows.append(f"[2024-03-13 {t}] WARN  uploader: item 'receipt-scan-0311.pdf' (18.4 MB) exceeds chunk size, splitting into 5 parts")
        else:
            attempt = i - 3
            rows.append(f"[2024-03-13 {t}] ERROR uploader: PUT /v1/blobs/part 3/5 failed: 413 Payload Too Large (attempt {attempt}/12), retrying in {min(2 ** attempt * 5, 2560)}s")
    rows.append("[2024-03-13 10:39:22.702] ERROR sync-engine: giving up on 'receipt-scan-0311.pdf' after 12 attempts")
    rows.append("[2024-03-13 10:39:22.705] ERROR sync-engine: sync cycle #4812 aborted, 13 of 14 changes NOT uploaded (queue blocked)")
    return "\n".join(rows)

T057 = f"""
Subject: Desktop app stuck "Syncing..." for two days - logs attached

Hi Brightcart Home support,

The Brightcart Home desktop app (version 2.14.0 on macOS 14.3.1, MacBook Air M2) has been stuck on "Syncing..." for two days. Changes I make on my laptop never show up on my phone, and the little cloud icon keeps spinning. I think it started when I scanned a big PDF receipt into the inventory. I followed the help article: signed out and back in, restarted the app and the laptop, and cleared the local cache from Settings > Advanced. None of it helped.

I opened the log file from Help > Show logs and copied the relevant part below. It looks like one file is blocking everything else in the queue.

---- log start ----
{_t057()}
[2024-03-13 10:39:22.706] INFO  sync-engine: next sync cycle scheduled in 300s
[2024-03-13 10:44:22.711] INFO  sync-engine: starting sync cycle #4813 (library: 'Household inventory', 2,318 items)
[2024-03-13 10:44:22.934] WARN  uploader: resuming blocked upload 'receipt-scan-0311.pdf' part 3/5
[2024-03-13 10:44:23.402] ERROR uploader: PUT /v1/blobs/part 3/5 failed: 413 Payload Too Large (attempt 1/12), retrying in 10s
---- log end ----

Diagnostics (from Help > About):
  App version: 2.14.0 (build 2140.7)
  OS: macOS 14.3.1 (23D60)
  Library size: 2,318 items, 1.9 GB
  Storage plan: Home Plus (50 GB)
  Sync region: us-east

So it seems the upload of a single 18 MB file fails with "413 Payload Too Large" on one part, and because it retries with longer and longer waits, the 13 other changes behind it never get uploaded. Could you either fix the server limit or tell me how to remove that one file from the upload queue? I don't want to delete the item in the app and lose the notes I attached to it.

Also, is it normal that one stuck file blocks the whole queue? That seems like something you'd want to fix regardless.

Thanks for any help,
Priyanka Shah
priyanka.shah@example.com
"""

case("t057", T057, ["technical", "long", "logs", "sync", "pii"],
E("technical", "medium", "neutral", "Priyanka Shah", "priyanka.shah@example.com", None, None, None, True, "en",
  "The desktop app has been stuck syncing for two days because one large file upload keeps failing with a 413 error and blocks the queue.", 0.9),
"Desktop app stuck syncing for 2 days: an 18 MB PDF upload fails with 413 Payload Too Large and blocks 13 other changes; customer asks for a fix or a way to drop the file from the queue.",
v1={"style": "prose", "nulls": "N/A"})

case("t058", """
my pasword dosnt work anymore and the resset emial never come. i tryed like 5 times. my email is the same as this one i think?? pls help i need to track my order

- Betty
""", ["account", "login", "typos", "missing-info"],
E("account", "medium", "negative", "Betty", None, None, None, None, True, "en",
  "Customer cannot log in because their password no longer works and password reset e-mails do not arrive.", 0.85),
"Password not working and reset e-mails not arriving after several tries; customer needs to track an order.",
v1={"style": "plain"})

case("t059", """
got my order today 😍😍 the candles smell AMAZING and it came 2 days early!! you guys are the best 🙌 ordering more for my mom
""", ["feedback", "positive", "emoji"],
E("feedback", "low", "positive", None, None, None, None, None, False, "en",
  "Customer is delighted with candles that arrived two days early and plans to order more.", 0.96),
"Happy customer: candles arrived 2 days early, plans to order more.",
v1={"style": "fence"})

case("t060", """
Subject: Checkout is not accessible with a screen reader

Hello,

I am blind and use VoiceOver on a Mac. On your checkout page the "Delivery date" picker and the "Place order" button are announced only as "button" with no label, and I cannot tell which one is which. I had to ask a neighbour to finish my order. This is the second time I have reported this. Please treat it as a priority, it locks out blind customers entirely.

Regards,
Dorothy Ellis
""", ["technical", "accessibility", "bug"],
E("technical", "high", "negative", "Dorothy Ellis", None, None, None, None, True, "en",
  "Checkout controls have no accessible labels, so a screen-reader user cannot complete an order; this is a repeated report.", 0.9),
"Accessibility: checkout date picker and Place order button unlabeled for VoiceOver; second report, blocks blind users.",
v1={"style": "prose"})

case("t061", """
Hi,

I live in Ireland and the product page showed €42.00, but my card was charged £42.00 for order ORD-68815 - which is more in euro once my bank converts it. Can you refund the difference or re-charge it in euro?

Thanks,
Siobhan Walsh
""", ["billing", "currency"],
E("billing", "medium", "negative", "Siobhan Walsh", None, "ORD-68815", 42.0, "GBP", True, "en",
  "Customer was charged in pounds instead of the euro price shown and asks for the difference refunded or the order recharged in euro.", 0.8),
"Charged 42.00 GBP instead of the 42.00 EUR shown; customer wants the difference refunded or a euro re-charge.",
v1={"style": "plain", "set": {"currency": "£"}})

case("t062", """
Subject: Two accounts - can you merge them?

Hi! I accidentally created a second account with my work e-mail (paul.renaud@example.org) and I have orders in both. Could you merge them into my personal one, paul.renaud@example.com? No rush at all.

Thanks!
Paul Renaud
""", ["account", "merge", "pii"],
E("account", "low", "neutral", "Paul Renaud", "paul.renaud@example.com", None, None, None, True, "en",
  "Customer asks to merge a second account created with a work address into their personal account.", 0.82),
"Customer wants two accounts (work and personal e-mail) merged into the personal one.",
v1={"style": "fence"})

case("t063", """
my package was delivered to the wrong house. the photo in the delivery confirmation shows a blue door, mine is white, and the house number on the photo is 18 not 81. order ORD-71120. I went to number 18 and nobody is home. this is the second time this carrier did this. I need it by Friday for work

Kieran Murphy
""", ["shipping", "misdelivery"],
E("shipping", "high", "negative", "Kieran Murphy", None, "ORD-71120", None, None, True, "en",
  "An order was delivered to the wrong house according to the delivery photo and the customer needs it by Friday.", 0.91),
"Package delivered to wrong house per delivery photo; second time with this carrier; needed by Friday.",
v1={"style": "prose"})

case("t064", """
Subject: Automatic reply: Your Brightcart order ORD-70702 - rate your delivery

Thank you for your message. I am out of the office until Monday, March 18, with limited access to e-mail. For urgent matters please contact the front desk.

Best regards,
Hugo Lambert
""", ["other", "auto-reply"],
E("other", "low", "neutral", "Hugo Lambert", None, "ORD-70702", None, None, False, "en",
  "An out-of-office auto-reply was received in response to a delivery rating e-mail; no action is needed.", 0.9),
"Out-of-office auto-reply to a delivery rating e-mail; no action needed.",
v1={"style": "plain", "set": {"category": "Auto-Reply"}})
