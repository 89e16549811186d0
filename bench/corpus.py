"""A synthetic corpus of Arabic news articles with planted, checkable facts.

``generate(n, seed)`` writes nothing: it returns ``Corpus(articles, truth)``;
``write(corpus, folder)`` writes one ``.txt``/``.md`` file per article and
``truth.json`` next to the folder. The same (n, seed) always gives the same
bytes.

Five invented events (summits in Vienna, Doha and Cairo, a video summit, a
phone call) are each covered by many articles in different outlet styles
(wire copy without front matter and a trailing "المصدر:" line, web pages with
front matter and page furniture, short bulletins with sub-headings). Every
article carries:

* **planted quantities**: for each of its event's facts (how long the talks
  lasted, the break, the press conference, the number of meetings, the length
  of an extension, the call), with some probability, one sentence stating it.
  Outlets disagree on purpose: most say "أربع ساعات" for the Vienna talks, a
  minority "نحو ثلاث ساعات ونصف"; values are written in words, digits, with
  hedges ("نحو", "قرابة الـ") and bounds ("أكثر من");
* **planted statements**: what one of the event's speakers said, in one of
  several paraphrases (other word order, other reporting verb, verbal noun for
  verb), so grouping has to see through the wording;
* **noise**: background and market paragraphs built from a combinatorial
  vocabulary (percentages, years and dates that are *not* claims, statements
  of unnamed analysts), and boilerplate lines (navigation, share buttons,
  related links).

The ground truth (``truth``) gives, for each planted quantity, its article,
the character span of its value in the article text and its value/interval,
with each (event, attribute) claim's expected status (conflicting when two
outlets' intervals do not overlap, as in ``status.py``); for each planted
statement, its article and the span of the sentence. ``bench.run`` scores a
``claims.json`` against it (:func:`score`).
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

# ---------------------------------------------------------------------------
# Vocabulary.

OUTLETS = [
    "وكالة الأنباء العربية", "شبكة الخبر اليوم", "صحيفة الشرق الجديد", "موقع المرصد الإخباري",
    "قناة المدار", "وكالة أنباء الخليج", "صحيفة الأهرام الجديد", "موقع نبض العرب",
    "إذاعة صوت المتوسط", "صحيفة الوطن الدولية", "بوابة الأخبار العاجلة", "موقع الحدث الآن",
]
COUNTRIES = [
    "فرنسا", "تركيا", "ألمانيا", "إيطاليا", "إسبانيا", "اليابان", "الهند", "البرازيل", "كندا",
    "أستراليا", "المكسيك", "إندونيسيا", "نيجيريا", "الأرجنتين", "السويد", "النرويج", "بولندا",
    "اليونان", "ماليزيا", "كوريا الجنوبية", "جنوب أفريقيا", "تشيلي", "كولومبيا", "البرتغال",
]
SECTORS = [
    "الطاقة", "الزراعة", "النقل البحري", "السياحة", "الصناعات الدوائية", "التعليم العالي",
    "الاتصالات", "المصارف", "التعدين", "الصيد البحري", "البناء", "التجارة الإلكترونية",
    "الأمن الغذائي", "المياه", "الطيران المدني", "الصناعات الثقيلة",
]
MARKETS = ["مؤشر البورصة", "سعر صرف العملة المحلية", "أسعار النفط", "أسعار الذهب", "مؤشر الأسهم القيادية", "عائد السندات الحكومية"]
MOVES = ["ارتفع", "تراجع", "استقر", "قفز", "انخفض"]
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
STATES = ["توترا متزايدا", "فتورا ملحوظا", "تحسنا بطيئا", "تقاربا حذرا", "جمودا سياسيا", "انفراجا نسبيا"]
ISSUES = [
    "ملف الهجرة غير النظامية", "أمن الملاحة في البحر الأحمر", "أزمة سلاسل الإمداد", "التغير المناخي",
    "ملف اللاجئين", "إعادة الإعمار", "أمن الطاقة في أوروبا", "الديون السيادية للدول الفقيرة",
    "الأمن السيبراني", "الانتشار النووي", "تجارة الحبوب", "مكافحة الإرهاب", "حقوق الإنسان",
    "الاستثمار في البنية التحتية", "ضبط الحدود", "مستقبل الطاقة المتجددة",
]
ANALYSTS = ["محللون سياسيون", "خبراء اقتصاديون", "مراقبون", "دبلوماسيون غربيون", "باحثون في الشؤون الدولية", "مصادر مطلعة"]
ANALYST_VERBS = ["ويرى", "ويعتقد", "ويتوقع", "ويقدر", "ويرجح"]
OUTLOOK = [
    "سيبقى على رأس جدول الأعمال خلال الأشهر المقبلة", "لن يحسم قبل نهاية العام", "يحتاج إلى توافق أوسع بين العواصم",
    "قد يفتح الباب أمام تفاهمات جديدة", "يظل رهينة الحسابات الداخلية لكل طرف", "يتطلب ضمانات مكتوبة وآليات رقابة واضحة",
    "سيلقي بظلاله على أسواق المنطقة", "لا يزال بعيدا عن أي حل قريب",
]
HISTORY = [
    "وكانت العلاقات بين البلدين قد شهدت {state} منذ عام {year}، على خلفية خلافات حول {issue}.",
    "ويعود آخر اتفاق شامل بين الطرفين في مجال {sector} إلى عام {year}.",
    "وتعد {country} من أبرز الشركاء التجاريين للطرفين في قطاع {sector}.",
    "وشهد قطاع {sector} في {country} استثمارات متزايدة منذ عام {year}.",
    "وكانت {country} قد دعت في وقت سابق إلى تنسيق أوثق بشأن {issue}.",
]
MARKET = [
    "و{move} {market} بنسبة {pct} في المئة في ختام تعاملات يوم {day}، مع ترقب المستثمرين لنتائج المحادثات.",
    "وسجل {market} {move_noun} بنسبة {pct} في المئة خلال تعاملات {day}، وفق بيانات رسمية.",
]
MOVE_NOUNS = ["ارتفاعا", "تراجعا", "استقرارا", "قفزة", "انخفاضا"]
BOILER_TOP = [["أخبار", "آخر الأخبار"], ["الرئيسية", "أخبار"], []]
BOILER_BOTTOM = [["مقالات ذات صلة", "زر الذهاب إلى الأعلى"], ["الوسوم", "اظهر المزيد"], ["اترك تعليقاً", "شارك الخبر"], []]


# ---------------------------------------------------------------------------
# Events and their planted facts.


@dataclass(frozen=True)
class Variant:
    text: str  # the value as written
    value: float
    low: float  # interval, as status.py reads it
    high: float


def exact(text: str, v: float) -> Variant:
    return Variant(text, v, v - 0.5, v + 0.5)


def about(text: str, v: float, tol: float) -> Variant:
    return Variant(text, v, v * (1 - tol), v * (1 + tol))


def more_than(text: str, v: float) -> Variant:
    return Variant(text, v, v, float("inf"))


@dataclass(frozen=True)
class Fact:
    attribute: str
    templates: tuple[str, ...]  # each with one "{v}"
    majority: tuple[Variant, ...]
    minority: tuple[Variant, ...] = ()
    p: float = 0.75  # probability that an article states it
    p_minority: float = 0.25


@dataclass(frozen=True)
class Statement:
    key: str
    variants: tuple[str, ...]  # complete sentences, one speaker
    p: float = 0.6


@dataclass(frozen=True)
class EventSpec:
    key: str
    event_id: str  # what detection should call it (slug + month of the articles' dates)
    month: str
    titles: tuple[str, ...]
    leads: tuple[str, ...]  # first paragraph; names the venue or the mode
    facts: tuple[Fact, ...]
    statements: tuple[Statement, ...]


H4 = 240.0
EVENTS: tuple[EventSpec, ...] = (
    EventSpec(
        key="vienna",
        event_id="vienna-2023-03",
        month="2023-03",
        titles=(
            "ماكرون وأردوغان يختتمان قمة فيينا وسط خلافات حول الحدود والتجارة",
            "قمة فيينا: اتفاق على استئناف المفاوضات التجارية وخلاف على الملف الأمني",
            "تفاصيل قمة فيينا بين الرئيسين الفرنسي والتركي",
        ),
        leads=(
            "عقد الرئيس الفرنسي إيمانويل ماكرون ونظيره التركي رجب طيب أردوغان، يوم {day}، قمة في العاصمة النمساوية فيينا، هي الأولى بينهما منذ عامين.",
            "انتهت مساء {day} أعمال القمة التي جمعت الرئيسين الفرنسي والتركي في فيينا، وسط ترقب أوروبي لنتائجها.",
            "اختتمت في فيينا قمة الرئيسين إيمانويل ماكرون ورجب طيب أردوغان، التي انعقدت يوم {day} في قصر هوفبورغ.",
        ),
        facts=(
            Fact(
                "talks-duration",
                (
                    "وبعد محادثات استمرت {v}، غادر ماكرون مقر القمة دون الإدلاء بتصريحات.",
                    "وعقد الرئيسان اجتماعا مطولا دام {v} بحضور مستشاريهما.",
                    "واستغرقت المحادثات بين الجانبين {v} بحسب ما أفاد مصدر دبلوماسي.",
                ),
                (exact("أربع ساعات", H4), exact("4 ساعات", H4), exact("أربع ساعات كاملة", H4)),
                (about("نحو ثلاث ساعات ونصف", 210, 0.1), about("قرابة الـ 3 ساعات ونصف", 210, 0.1)),
            ),
            Fact(
                "first-round-duration",
                ("وامتدت الجولة المصغرة بين الرئيسين {v} قبل انضمام الوفدين.", "واستمرت المحادثات المغلقة على انفراد {v}."),
                (exact("ساعتين", 120), exact("ساعتين كاملتين", 120), exact("120 دقيقة", 120)),
            ),
            Fact(
                "meeting-count",
                ("وتضمنت القمة {v} بين الرئيسين ووفديهما.", "وعقد الجانبان خلال القمة {v} في مقر المستشارية."),
                (exact("ثلاثة اجتماعات", 3), exact("3 اجتماعات", 3)),
                (exact("اجتماعا واحدا", 1),),
                p_minority=0.2,
            ),
        ),
        statements=(
            Statement("vienna-trade", (
                "وقال الرئيس الفرنسي إيمانويل ماكرون إن البلدين اتفقا على استئناف المفاوضات التجارية المتوقفة منذ سنوات.",
                "وأكد ماكرون أن الجانبين اتفقا على استئناف المفاوضات التجارية المتوقفة.",
                "وأعلن ماكرون أن البلدين اتفقا على استئناف المفاوضات التجارية المتوقفة بينهما.",
            )),
            Statement("vienna-border", (
                "من جهته، قال أردوغان إن أنقرة لن تقبل أي تسوية لا تضمن أمن حدودها الجنوبية.",
                "وشدد أردوغان على أن أنقرة لن تقبل بأي تسوية لا تضمن أمن حدودها الجنوبية.",
                "وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تقبل أي تسوية لا تضمن أمن حدودها الجنوبية.",
            )),
        ),
    ),
    EventSpec(
        key="doha",
        event_id="doha-2023-05",
        month="2023-05",
        titles=(
            "محادثات الدوحة بين لافروف وبلينكن تبحث تبادل السجناء",
            "لقاء الدوحة: لافروف وبلينكن يتفقان على مواصلة الحوار",
            "ماذا جرى في محادثات الدوحة بين وزيري الخارجية الروسي والأمريكي؟",
        ),
        leads=(
            "التقى وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي أنتوني بلينكن، يوم {day}، في العاصمة القطرية الدوحة، في أول لقاء مباشر بينهما منذ شهور.",
            "استضافت الدوحة يوم {day} محادثات بين وزيري الخارجية الروسي والأمريكي، بوساطة قطرية.",
            "انعقدت في الدوحة، يوم {day}، جولة محادثات بين سيرغي لافروف وأنتوني بلينكن.",
        ),
        facts=(
            Fact(
                "talks-duration",
                ("واستمرت محادثات الوزيرين {v} في أحد فنادق العاصمة القطرية.", "وقال مصدر مطلع إن اللقاء دام {v}."),
                (exact("ثلاث ساعات", 180), about("نحو ثلاث ساعات", 180, 0.1), exact("180 دقيقة", 180)),
            ),
            Fact(
                "break-duration",
                ("وتوقفت المحادثات لاستراحة قصيرة لمدة {v} قبل استئنافها.", "وتخللت اللقاء استراحة استمرت {v}."),
                (exact("45 دقيقة", 45), exact("خمس وأربعين دقيقة", 45)),
            ),
            Fact(
                "extension-period",
                ("واتفق الجانبان على تمديد اتفاق تبادل المعلومات لمدة {v}.", "وجرى الاتفاق على تمديد العمل بالآلية المشتركة {v} إضافية."),
                (exact("ثلاثة أعوام", 3), exact("ثلاث سنوات", 3)),
                (exact("خمس سنوات", 5),),
            ),
        ),
        statements=(
            Statement("doha-prisoners", (
                "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة لتبادل السجناء مع واشنطن.",
                "وأكد لافروف أن موسكو مستعدة لتبادل السجناء مع واشنطن في أقرب وقت.",
                "وأعلن لافروف أن موسكو مستعدة لإتمام تبادل السجناء مع واشنطن.",
            )),
            Statement("doha-consulate", (
                "وأوضح بلينكن أن واشنطن ستعيد فتح قنصليتها في مدينة يكاترينبورغ.",
                "وقال بلينكن إن واشنطن ستعيد فتح قنصليتها المغلقة في يكاترينبورغ.",
            )),
        ),
    ),
    EventSpec(
        key="cairo",
        event_id="cairo-2023-07",
        month="2023-07",
        titles=(
            "قمة القاهرة للسلام تطالب بإدخال المساعدات الإنسانية",
            "غوتيريش في قمة القاهرة: المساعدات يجب أن تدخل دون قيود",
            "انطلاق أعمال قمة القاهرة بمشاركة دولية واسعة",
        ),
        leads=(
            "انطلقت يوم {day} في القاهرة أعمال قمة دولية بمشاركة قادة ومسؤولين من عدة دول، بحضور الأمين العام للأمم المتحدة أنطونيو غوتيريش.",
            "اختتمت في العاصمة المصرية القاهرة، مساء {day}، أعمال القمة الدولية حول الأوضاع الإنسانية في المنطقة.",
        ),
        facts=(
            Fact(
                "press-conference-duration",
                ("وعقد غوتيريش مؤتمرا صحفيا استمر {v} في ختام القمة.", "وامتد المؤتمر الصحفي الختامي {v}."),
                (exact("ساعة واحدة", 60), exact("ساعة كاملة", 60), exact("60 دقيقة", 60)),
                (about("نحو ساعة ونصف", 90, 0.1),),
                p=0.6,
            ),
            Fact(
                "talks-duration",
                ("واستمرت جلسات القمة {v} متواصلة.", "ودامت أعمال القمة {v} وسط إجراءات أمنية مشددة."),
                (exact("ست ساعات", 360), exact("6 ساعات", 360), about("نحو ست ساعات", 360, 0.1)),
                (exact("ثماني ساعات", 480),),
                p_minority=0.15,
            ),
        ),
        statements=(
            Statement("cairo-aid", (
                "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن المساعدات الإنسانية يجب أن تدخل دون قيود.",
                "وشدد غوتيريش على أن المساعدات الإنسانية يجب أن تدخل دون أي قيود.",
                "وأكد غوتيريش أن المساعدات الإنسانية يجب أن تدخل إلى المدنيين دون قيود.",
            )),
        ),
    ),
    EventSpec(
        key="video",
        event_id="video-summit-2023-09",
        month="2023-09",
        titles=(
            "بوتين وبايدن يعقدان قمة عبر الفيديو تناقش أوكرانيا",
            "قمة افتراضية بين بوتين وبايدن: تحذيرات متبادلة",
        ),
        leads=(
            "عقد الرئيس الروسي فلاديمير بوتين ونظيره الأمريكي جو بايدن، يوم {day}، قمة عبر الفيديو، خصصت للأزمة الأوكرانية.",
            "اختتمت مساء {day} القمة التي جمعت الرئيسين بوتين وبايدن عبر الفيديو.",
        ),
        facts=(
            Fact(
                "talks-duration",
                ("واستغرقت القمة {v} بحسب الكرملين.", "ودامت المحادثات بين الرئيسين {v}."),
                (exact("ساعتين", 120), exact("ساعتين كاملتين", 120), more_than("أكثر من ساعتين", 120)),
            ),
        ),
        statements=(
            Statement("video-sanctions", (
                "وقال بايدن إن واشنطن سترد بعقوبات اقتصادية قاسية في حال التصعيد العسكري.",
                "وحذر بايدن من أن واشنطن سترد بعقوبات اقتصادية قاسية في حال التصعيد العسكري ضد أوكرانيا.",
            )),
            Statement("video-nato", (
                "وقال بوتين إن موسكو تطالب بضمانات قانونية بعدم توسع حلف شمال الأطلسي شرقا.",
                "وأكد بوتين أن موسكو تطالب بضمانات قانونية تمنع توسع حلف شمال الأطلسي شرقا.",
            )),
        ),
    ),
    EventSpec(
        key="phone",
        event_id="phone-call-2023-11",
        month="2023-11",
        titles=("ماكرون وزيلينسكي يبحثان في اتصال هاتفي الدعم العسكري", "اتصال هاتفي بين ماكرون وزيلينسكي"),
        leads=(
            "أجرى الرئيس الفرنسي إيمانويل ماكرون، يوم {day}، اتصالا هاتفيا مع نظيره الأوكراني فولوديمير زيلينسكي.",
            "بحث الرئيسان الفرنسي والأوكراني في اتصال هاتفي، مساء {day}، تطورات الوضع الميداني.",
        ),
        facts=(
            Fact(
                "call-duration",
                ("واستمر الاتصال الهاتفي بين الرئيسين {v}.", "ودامت المكالمة {v} بحسب الإليزيه."),
                (exact("ساعة واحدة", 60), exact("ساعة كاملة", 60), about("نحو ساعة", 60, 0.1)),
                (exact("90 دقيقة", 90),),
                p_minority=0.2,
            ),
        ),
        statements=(
            Statement("phone-air-defence", (
                "وقال زيلينسكي إن باريس تعهدت بتقديم منظومات دفاع جوي جديدة.",
                "وأعلن زيلينسكي أن باريس تعهدت بتقديم منظومات دفاع جوي جديدة لبلاده.",
            )),
        ),
    ),
)
EVENT_WEIGHTS = (0.3, 0.25, 0.2, 0.15, 0.1)


# ---------------------------------------------------------------------------
# Generation.


@dataclass
class Planted:
    article: str
    kind: str  # "quantity" | "statement"
    event: str
    key: str  # attribute, or statement key
    start: int  # span in the article text: the value (quantity) or the sentence (statement)
    end: int
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None


@dataclass
class GeneratedArticle:
    id: str
    filename: str
    content: str  # file content (front matter included)
    body_offset: int  # where Article.text starts in `content`
    event: str


@dataclass
class Corpus:
    articles: list[GeneratedArticle]
    planted: list[Planted] = field(default_factory=list)

    @property
    def bytes(self) -> int:
        return sum(len(a.content.encode("utf-8")) for a in self.articles)


def _noise(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        t = rng.choice(HISTORY)
    elif kind < 0.7:
        t = rng.choice(MARKET)
    else:
        t = (
            f"{rng.choice(ANALYST_VERBS)} {rng.choice(ANALYSTS)} أن {rng.choice(ISSUES)} {rng.choice(OUTLOOK)}، "
            f"في ظل اهتمام {rng.choice(COUNTRIES)} و{rng.choice(COUNTRIES)} بقطاع {rng.choice(SECTORS)}."
        )
    move = rng.randrange(len(MOVES))
    return t.format(
        state=rng.choice(STATES), year=rng.randint(2008, 2021), issue=rng.choice(ISSUES), sector=rng.choice(SECTORS),
        country=rng.choice(COUNTRIES), move=MOVES[move], move_noun=MOVE_NOUNS[move], market=rng.choice(MARKETS),
        pct=f"{rng.randint(1, 9)}.{rng.randint(1, 9)}", day=rng.choice(DAYS),
    )


def _article(i: int, seed: int) -> tuple[GeneratedArticle, list[Planted]]:
    rng = random.Random(f"{seed}:{i}")
    ev = rng.choices(EVENTS, weights=EVENT_WEIGHTS)[0]
    aid = f"{i:05d}_{ev.key}"
    style = rng.choice(("wire", "web", "bulletin"))
    outlet = rng.choice(OUTLETS)
    day = rng.choice(DAYS)
    paragraphs: list[tuple[str, list[tuple]]] = []  # (text, [(kind, key, start_in_text, end_in_text, variant)])
    title = rng.choice(ev.titles)
    body_items: list[tuple[str, list[tuple]]] = []
    for fact in ev.facts:
        if rng.random() >= fact.p:
            continue
        pool = fact.minority if fact.minority and rng.random() < fact.p_minority else fact.majority
        variant = rng.choice(pool)
        template = rng.choice(fact.templates)
        at = template.index("{v}")
        text = template.replace("{v}", variant.text)
        body_items.append((text, [("quantity", fact.attribute, at, at + len(variant.text), variant)]))
    for st in ev.statements:
        if rng.random() >= st.p:
            continue
        text = rng.choice(st.variants)
        body_items.append((text, [("statement", st.key, 0, len(text), None)]))
    for _ in range(rng.randint(8, 14)):
        body_items.append((_noise(rng), []))
    rng.shuffle(body_items)
    lead = rng.choice(ev.leads).format(day=day)
    lines: list[tuple[str, list[tuple]]] = []
    if style == "web":
        lines += [(x, []) for x in rng.choice(BOILER_TOP)]
    lines.append((title, []))
    lines.append((lead, []))
    for k, item in enumerate(body_items):
        if style == "bulletin" and k and k % 4 == 0:
            lines.append((rng.choice(("تفاصيل المحادثات", "خلفيات", "ردود الفعل", "السياق")), []))
        lines.append(item)
    if style == "web":
        lines += [(x, []) for x in rng.choice(BOILER_BOTTOM)]
    if style == "wire":
        lines.append((f"المصدر: {outlet}", []))
    sep = "\n" if style == "wire" else "\n\n"
    body = ""
    planted: list[Planted] = []
    for k, (text, marks) in enumerate(lines):
        if k:
            body += sep
        for kind, key, s, e, variant in marks:
            p = Planted(aid, kind, ev.event_id, key, len(body) + s, len(body) + e)
            if variant is not None:
                p.value, p.low, p.high = variant.value, variant.low, variant.high
            planted.append(p)
        body += text
    body += "\n"
    if style == "wire":
        content, offset, ext = body, 0, ".txt"
    else:
        published = f"{ev.month}-{rng.randint(10, 20):02d}"
        head = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nsource: {json.dumps(outlet, ensure_ascii=False)}\npublished: {published}\n---\n"
        content, offset, ext = head + body, len(head), ".md"
    return GeneratedArticle(aid, aid + ext, content, offset, ev.event_id), planted


def generate(n: int, seed: int = 1) -> Corpus:
    """`n` articles; deterministic for (n, seed): article i does not depend on n."""
    corpus = Corpus([])
    for i in range(n):
        article, planted = _article(i, seed)
        corpus.articles.append(article)
        corpus.planted.extend(planted)
    return corpus


def expected_status(values: list[Planted]) -> str:
    """What status.py should decide for one planted (event, attribute): intervals overlap or not."""
    if len(values) < 2:
        return "single-source"
    for a in values:
        for b in values:
            if not (a.low < b.high and b.low < a.high):
                return "conflicting"
    return "consistent"


def write(corpus: Corpus, folder: Path) -> None:
    """Write the articles into `folder` (created) and the ground truth to `folder`/../truth.json."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in corpus.articles:
        (folder / a.filename).write_text(a.content, encoding="utf-8")
    truth = {"planted": [vars(p) for p in corpus.planted]}
    (folder.parent / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")


# ---------------------------------------------------------------------------
# Scoring a report against the planted facts.


def score(report: dict, planted: list[Planted]) -> dict:
    """Share of planted facts found in a claims.json dict (see the module docstring).

    quantity mentions: an evidence of the claim for (event, attribute) in that
    article whose value span is the planted one, with the planted value;
    quantity claims: every planted mention found and the claim's status is the
    expected one; statements: the planted sentences of one statement that land
    on the claim holding most of them (and only planted sentences of that
    statement among the planted ones on it).
    """
    claims_by = {}
    ev_index: dict[tuple, tuple] = {}
    for c in report["claims"]:
        for e in c["evidence"]:
            ev_index[(e["article"], e.get("value_start"))] = (c, e)
            claims_by.setdefault(e["article"], []).append((c, e))
    q_found = 0
    q_total = 0
    per_claim: dict[tuple, list[Planted]] = {}
    found_claim: dict[tuple, bool] = {}
    for p in planted:
        if p.kind != "quantity":
            continue
        q_total += 1
        key = (p.event, p.key)
        per_claim.setdefault(key, []).append(p)
        hit = ev_index.get((p.article, p.start))
        ok = bool(
            hit and hit[0]["kind"] == "quantity" and hit[0]["event"] == p.event and hit[0]["attribute"] == p.key
            and hit[1]["value"] == (int(p.value) if float(p.value).is_integer() else p.value)
        )
        q_found += ok
        found_claim[key] = found_claim.get(key, True) and ok
    claim_ok = 0
    statuses = {}
    for key, ps in per_claim.items():
        want = expected_status(ps)
        claim = next((c for c in report["claims"] if c["kind"] == "quantity" and (c["event"], c["attribute"]) == key), None)
        got = claim["status"] if claim else None
        statuses["/".join(key)] = {"expected": want, "got": got, "mentions": len(ps)}
        claim_ok += bool(found_claim[key] and got == want)
    # statements
    by_statement: dict[str, list[Planted]] = {}
    for p in planted:
        if p.kind == "statement":
            by_statement.setdefault(p.key, []).append(p)
    s_found = 0
    s_total = 0
    for key, ps in by_statement.items():
        landed: dict[str, list[Planted]] = {}
        for p in ps:
            for c, e in claims_by.get(p.article, ()):
                if c["kind"] == "statement" and e["start"] < p.end and e["end"] > p.start:
                    landed.setdefault(c["id"], []).append(p)
                    break
        s_total += len(ps)
        if landed:
            best = max(landed, key=lambda cid: len(landed[cid]))
            s_found += len({id(p) for p in landed[best]})
    return {
        "quantity_mentions": [q_found, q_total],
        "quantity_claims": [claim_ok, len(per_claim)],
        "statement_mentions": [s_found, s_total],
        "share_found": round((q_found + claim_ok + s_found) / max(1, q_total + len(per_claim) + s_total), 4),
        "statuses": statuses,
    }


def load_planted(path: Path) -> list[Planted]:
    return [Planted(**p) for p in json.loads(path.read_text(encoding="utf-8"))["planted"]]
