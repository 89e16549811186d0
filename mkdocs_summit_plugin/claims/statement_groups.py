"""Group statement mentions into claims: one claim per statement, in whatever words, per event.

Grouping (:func:`group_statements`) never crosses events. An event of at
most ALL_PAIRS_CLASSES distinct statements (a story told by a few dozen
articles) compares every pair of them that can be alike (sharing a full term
or a root or synonym family). In a larger event, candidate pairs
come from an inverted index on each statement's rarest terms
(blocking; frequent terms are not indexed, and a long index entry pairs each
statement with its neighbours in a sorted order only), so the work grows with
the number of statements times a small constant. A pair's similarity is
``statement_similarity.similarity``. Groups are formed by merging the most
similar pairs first, pairs of two articles before pairs of one article (an
article's sibling sentences in the same words mostly say two things), and two
groups merge only if *every* cross pair is similar enough (complete linkage):
no chaining into catch-all claims. A long excerpt that tells several things (a
run-on sentence) is similar enough to a statement it holds, however much else it
tells (``statement_similarity.link_similarity``). A
statement whose clause says two things may afterwards join a second group when
it matches every member of it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Optional

from ..mentions.statements.lexicon import context_keys
from ..model import Mention
from .statement_similarity import (Item, link_similarity, long_and_held, similarity, statement_item, two_speakers,
                                   weigh_event)

# Tunables (documented, not magic): similarity thresholds and blocking size.
MERGE_THRESHOLD = 0.46  # least similarity of a pair to seed or extend a group (0.52 before roots: issue 15)
LINK_THRESHOLD = 0.36  # least similarity of every cross pair when two groups merge
SECOND_GROUP_THRESHOLD = 0.60  # a clause joins a second group if it matches all its members this well
BLOCK_KEYS = 6  # a statement is indexed under its this-many rarest terms
BLOCK_MAX_DF = 0.2  # terms in more than this share of an event's statements are not indexed
BLOCK_ALL_PAIRS = 24  # an index entry of at most this many statements pairs them all; a longer one
BLOCK_WINDOW = 16  # pairs each statement with the next this-many in its sorted order (large events only)
ALL_PAIRS_CLASSES = 400  # an event of at most this many classes compares every pair that can be alike
LINK_SAMPLE = 32  # a group's first this-many statements stand for it in the link test (large groups only)
CLITIC_MIN = 5  # a term this long may lose a leading ب/ل/ك/و/ف when the rest is a term of the event


def group_statements(mentions: list[Mention]) -> list[list[Mention]]:
    """Group statement mentions into claims (see the module docstring); deterministic order."""
    mentions = list(mentions)
    by_event: dict[object, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_event[m.event if m.event is not None else ("\0none",)].append(i)
    groups: list[list[int]] = []
    for event in sorted(by_event, key=lambda e: str(e)):
        groups.extend(_group_event(mentions, by_event[event]))
    groups = [sorted(set(g), key=lambda i: _order(mentions[i])) for g in groups]
    groups.sort(key=lambda g: _order(mentions[g[0]]))
    return [[mentions[i] for i in g] for g in groups]


def _order(m: Mention) -> tuple:
    return (m.article, m.start, m.end)


def _group_event(mentions: list[Mention], idx: list[int]) -> list[list[int]]:
    """Complete-linkage grouping of one event's statements (see the module docstring).

    Statements with the same terms (in the same order), speaker and modality
    compare identically with every other statement; they form one *class* and
    similarities are computed once per pair of classes. A class whose members
    match each other (self-similarity above the merge threshold) and share an
    indexed term is one node of the agglomeration: its members are always
    merged with each other first, as the best pairs. Other classes' members are
    nodes of their own. Candidate pairs come from the inverted index on each
    class's rarest terms (:func:`_candidate_pairs`: at most BLOCK_KEYS entries
    per class and BLOCK_WINDOW partners per entry once an entry is long), so
    the number of pairs grows linearly with the number of statements. The link
    test of two groups compares their first LINK_SAMPLE classes each (every
    class, below that size), so merging stays linear as groups grow to
    hundreds of paraphrases in a large archive.
    """
    items = [statement_item(mentions, i) for i in idx]
    _strip_event_clitics(items)
    df, idf = weigh_event(items)
    classes = _Classes(items, idf)
    cpairs, keyed = _class_pairs(classes, df)
    nodes = _Nodes(classes, keyed)
    article = [mentions[it.index].article for it in items]
    node_pairs, adjacent = _node_pairs(classes, nodes, cpairs, article)
    result = _agglomerate(classes, nodes, node_pairs, _class_articles(classes, article))
    _join_second_groups(mentions, classes, result, adjacent)
    return [[items[p].index for p in ms] for ms in result]


class _Classes:
    """An event's items in classes of identical statements, and the similarity of two classes."""

    def __init__(self, items: list[Item], idf: dict[str, float]):
        self.items, self.idf = items, idf
        self.class_of: list[int] = []  # item -> class
        self.members_of: list[list[int]] = []  # class -> its items
        class_ids: dict[tuple, int] = {}
        for p, it in enumerate(items):
            c = class_ids.setdefault(
                (tuple(it.terms.items()), it.speaker, it.planned, it.role, it.objects, it.negated), len(class_ids)
            )
            if c == len(self.members_of):
                self.members_of.append([])
            self.members_of[c].append(p)
            self.class_of.append(c)
        self.rep = [ms[0] for ms in self.members_of]  # class -> the item that stands for it
        self._sim: dict[tuple[int, int], float] = {}
        self._link: dict[tuple[int, int], float] = {}

    def __len__(self) -> int:
        return len(self.members_of)

    def sim(self, c: int, d: int) -> float:
        """Similarity of two classes (computed once per pair)."""
        return self._once(self._sim, similarity, c, d)

    def link(self, c: int, d: int) -> float:
        """Link similarity of two classes: their similarity, or ``link_similarity`` when one is a long
        excerpt (computed once per such pair; most pairs are of two short statements)."""
        s = self.sim(c, d)
        if not s or not long_and_held(self.items[self.rep[c]], self.items[self.rep[d]]):
            return s
        return self._once(self._link, lambda a, b, idf: link_similarity(a, b, idf, s), c, d)

    def _once(self, table: dict, measure, c: int, d: int) -> float:
        """`measure` of the items that stand for classes c and d, kept in `table` by the pair."""
        rep = self.rep
        key = (c, d) if rep[c] <= rep[d] else (d, c)
        s = table.get(key)
        if s is None:
            s = table[key] = measure(self.items[rep[key[0]]], self.items[rep[key[1]]], self.idf)
        return s


def _class_pairs(classes: _Classes, df: Counter) -> tuple[set[tuple[int, int]], list[bool]]:
    """(candidate pairs of classes, whether each class is indexed): blocking by an inverted
    index on each class's rarest terms."""
    items, rep, members_of = classes.items, classes.rep, classes.members_of
    m = len(classes)
    max_df = max(2, int(BLOCK_MAX_DF * len(items)))
    ctx = context_keys()
    index: dict[str, list[int]] = defaultdict(list)
    keyed = [False] * m
    class_keys: list[tuple] = []
    for c in range(m):
        terms = items[rep[c]].terms
        keys = sorted(
            (k for k in terms if df[k] <= max_df), key=lambda k: (terms[k] < 1.0, k in ctx, df[k], k)
        )[:BLOCK_KEYS]
        for k in keys:
            index[k].append(c)
        keyed[c] = bool(keys)
        class_keys.append(tuple(keys))
    cpairs = _candidate_pairs(index, class_keys)
    if m <= ALL_PAIRS_CLASSES:
        # a small event: every pair that can be alike is a candidate, so paraphrases that share
        # only akin words (roots, synonyms) or only a term outside their rarest few are compared too
        cpairs |= _alike_pairs([items[rep[c]] for c in range(m)])
    # members of one class that share an indexed term are candidates of each other
    for c in range(m):
        if keyed[c] and len(members_of[c]) > 1:
            cpairs.add((c, c))
    return cpairs, keyed


def _alike_pairs(reps: list[Item]) -> set[tuple[int, int]]:
    """Pairs (c, d), c < d, of items that share a full term or a root or synonym family of full
    terms: every pair whose similarity can be above zero (``statement_similarity.similarity``
    needs one of the two), found through an inverted index rather than by trying all pairs."""
    index: dict[str, list[int]] = defaultdict(list)
    for c, it in enumerate(reps):
        keys = set(it.full)
        for k, family in it.akin:
            if k in it.full:
                keys.update(("~", member) for member in family)
        for k in keys:
            index[k].append(c)
    return {(post[x], post[y]) for post in index.values() for x in range(len(post)) for y in range(x + 1, len(post))}


def _candidate_pairs(index: dict[str, list[int]], class_keys: list[tuple]) -> set[tuple[int, int]]:
    """Pairs of classes to compare: those that share an index entry.

    An entry of at most BLOCK_ALL_PAIRS classes pairs them all. A longer one
    (a term common to hundreds of statements of a large event) would cost the
    square of its length, so its classes are sorted by their other index keys
    (rarest first: paraphrases of one statement share them and sort together)
    and each is paired with the next BLOCK_WINDOW (sorted neighbourhood): the
    pairs grow linearly. Complete linkage then checks every cross pair of two
    groups anyway (:func:`_group_event`), so a group needs only a chain of
    candidate pairs to be found.
    """
    pairs: set[tuple[int, int]] = set()
    for k in sorted(index):
        post = index[k]
        if len(post) <= BLOCK_ALL_PAIRS:
            for x in range(len(post)):
                for y in range(x + 1, len(post)):
                    pairs.add((post[x], post[y]))
            continue
        ordered = sorted(post, key=lambda c: (tuple(o for o in class_keys[c] if o != k), c))
        for x in range(len(ordered)):
            for y in range(x + 1, min(x + 1 + BLOCK_WINDOW, len(ordered))):
                c, d = ordered[x], ordered[y]
                pairs.add((c, d) if c < d else (d, c))
    return pairs


class _Nodes:
    """The nodes of the agglomeration: a whole class when its members merge with each other
    (it is indexed and alike enough to itself), else each member."""

    def __init__(self, classes: _Classes, keyed: list[bool]):
        members_of = classes.members_of
        self.classes = classes
        self.unit = [
            keyed[c] and len(members_of[c]) > 1 and classes.sim(c, c) >= MERGE_THRESHOLD for c in range(len(classes))
        ]
        self.of_class: list[list[int]] = [
            [members_of[c][0]] if self.unit[c] else list(members_of[c]) for c in range(len(classes))
        ]

    def key(self, p: int) -> int:
        """The node an item belongs to: its class's first member for a class node, else itself."""
        c = self.classes.class_of[p]
        return self.classes.members_of[c][0] if self.unit[c] else p


def _node_pairs(classes: _Classes, nodes: _Nodes, cpairs: set, article: list) -> tuple[list, dict[int, set[int]]]:
    """(pairs of nodes similar enough to merge, as (same article, -similarity, p, q): pairs of
    two articles first, best first, then pairs of one article, best first; class -> classes it
    pairs with at SECOND_GROUP_THRESHOLD). `article`: item -> its article.

    Two sentences of one article that share most words are mostly two statements told one
    after the other ("agreed to extend the cut … also agreed to extend the accord"): an article
    seldom says one thing twice. Other outlets' paraphrases are merged first, so such a sibling
    joins a statement's group only when it also passes the link test with them."""
    node_pairs: list[tuple[bool, float, int, int]] = []
    adjacent: dict[int, set[int]] = defaultdict(set)
    for c, d in cpairs:
        s = classes.sim(c, d)
        if s >= SECOND_GROUP_THRESHOLD:
            adjacent[c].add(d)
            adjacent[d].add(c)
        if s < MERGE_THRESHOLD or c == d:
            continue
        for p in nodes.of_class[c]:
            for q in nodes.of_class[d]:
                same = article[p] == article[q]
                node_pairs.append((same, -s, p, q) if p < q else (same, -s, q, p))
    node_pairs.sort()
    return node_pairs, adjacent


def _class_articles(classes: _Classes, article: list) -> list[Optional[str]]:
    """Class -> the one article all its members are of, or None (a wire text carried by several)."""
    out = []
    for ms in classes.members_of:
        arts = {article[p] for p in ms}
        out.append(next(iter(arts)) if len(arts) == 1 else None)
    return out


def _agglomerate(classes: _Classes, nodes: _Nodes, node_pairs: list, class_article: Optional[list] = None) -> list[list[int]]:
    """Complete-linkage agglomeration, best pairs first: the groups, as sorted item lists.

    A cluster is named by its first node and knows its items and its classes
    (every similarity inside or across clusters is a similarity of two classes).
    With `class_article` (class -> its one article), a second pass over the pairs lets two
    sentences of one article stand in one group though they are not alike
    (:func:`_matched_apart`): an article that reports a statement in two sentences ("he was
    disappointed"; "he called the decision short-sighted") says two parts of it, each matched by
    other outlets. It comes second, so that it never takes a sentence into a group before the
    other outlets' that are alike.
    """
    cluster: dict[int, int] = {}
    items_in: dict[int, list[int]] = {}
    classes_in: dict[int, list[int]] = {}  # in the order they joined
    for c in range(len(classes)):
        for p in nodes.of_class[c]:
            cluster[p] = p
            items_in[p] = list(classes.members_of[c]) if nodes.unit[c] else [p]
            classes_in[p] = [c]
    no_article = lambda x, y: False
    one_article = (lambda x, y: class_article[x] is not None and class_article[x] == class_article[y]) if class_article else None
    for same_article in (no_article, one_article) if one_article else (no_article,):
        # apart[a]: clusters that a can never merge with in this pass: a cross pair of theirs failed
        # the link test, and clusters only grow, so it fails for every later union (exact, not a heuristic)
        apart: dict[int, set[int]] = {}
        # in the second pass, the articles of each cluster's classes: after the first pass every two
        # clusters failed the strict test, so only two that share an article can pass now
        arts = {c: {class_article[x] for x in cs} - {None} for c, cs in classes_in.items()} if same_article is one_article else None
        for _same, _neg, p, q in node_pairs:
            cp, cq = cluster[p], cluster[q]
            if cp == cq or cq in apart.get(cp, ()):
                continue
            if arts is not None and arts[cp].isdisjoint(arts[cq]):
                continue
            # the classes a pair of one article may be matched apart by (second pass only)
            union = classes_in[cp][:LINK_SAMPLE] + classes_in[cq][:LINK_SAMPLE] if arts is not None else None
            if all(
                classes.link(x, y) >= LINK_THRESHOLD or (same_article(x, y) and _matched_apart(classes, x, y, union, same_article))
                for x in classes_in[cp][:LINK_SAMPLE]
                for y in classes_in[cq][:LINK_SAMPLE]
            ):
                keep, gone = min(cp, cq), max(cp, cq)
                for x in items_in[gone]:
                    cluster[nodes.key(x)] = keep
                items_in[keep].extend(items_in.pop(gone))
                classes_in[keep].extend(classes_in.pop(gone))
                if arts is not None:
                    arts[keep] |= arts.pop(gone)
                gone_apart = apart.pop(gone, None)
                if gone_apart:
                    for o in gone_apart:
                        apart[o].discard(gone)
                        apart[o].add(keep)
                    apart.setdefault(keep, set()).update(gone_apart)
            else:
                apart.setdefault(cp, set()).add(cq)
                apart.setdefault(cq, set()).add(cp)
    return [sorted(ms) for ms in items_in.values()]


def _matched_apart(classes: _Classes, x: int, y: int, union: list[int], one_article) -> bool:
    """May two sentences of one article that are not alike stand in one group? Only when they are
    not said by two speakers and each matches a sentence of another article in it as well as a
    merge asks: two parts of one statement, each reported elsewhere."""
    if two_speakers(classes.items[classes.rep[x]], classes.items[classes.rep[y]]):
        return False
    return all(
        any(classes.sim(c, o) >= MERGE_THRESHOLD for o in union if o != c and not one_article(c, o))
        for c in (x, y)
    )


def _join_second_groups(mentions: list[Mention], classes: _Classes, result: list[list[int]], adjacent: dict) -> None:
    """A clause that says two things may join a second group that it matches entirely
    (every class of the group at SECOND_GROUP_THRESHOLD), from another article than the group's."""
    items, class_of, members_of, rep = classes.items, classes.class_of, classes.members_of, classes.rep
    group_of = {p: gi for gi, ms in enumerate(result) for p in ms}
    extra: dict[int, list[int]] = defaultdict(list)
    for gi, ms in enumerate(result):
        if len(ms) < 2:
            continue
        own = set(ms)
        ms_classes = {class_of[x] for x in ms}
        cand_classes = set()
        for c in ms_classes:
            cand_classes |= adjacent.get(c, set())
        articles = {mentions[items[y].index].article for y in ms}
        for d in sorted(cand_classes, key=lambda d: rep[d]):
            if not items[rep[d]].terms or not all(classes.sim(d, y) >= SECOND_GROUP_THRESHOLD for y in ms_classes):
                continue
            for c in members_of[d]:
                if c in own or len(result[group_of[c]]) <= 1:
                    continue
                if {mentions[items[c].index].article} != articles:
                    extra[gi].append(c)
    for gi, cs in extra.items():
        result[gi] = sorted(result[gi] + cs)


def _strip_event_clitics(items: list[Item]) -> None:
    """Terms that kept a proclitic because their own article never wrote the bare word
    ("بإجراءات" in an article without "إجراءات") lose it when another statement of the
    event has the bare term: across articles, not only inside one (see stemming.strip_article)."""
    keys = {k for it in items for k in it.terms}
    bare = {k: k[1:] for k in keys if len(k) >= CLITIC_MIN and k[0] in "بلكوف" and k[1:] in keys}
    for it in items:
        if bare.keys() & it.terms.keys():
            terms: dict = {}
            for k, f in it.terms.items():
                k = bare.get(k, k)
                terms[k] = max(f, terms.get(k, 0.0))
            it.terms = terms
