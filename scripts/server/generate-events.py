#!/usr/bin/env python3
"""Fills a Kash Dash metrics store with synthetic anonymous events, for dashboard benchmarks.

    scripts/server/generate-events.py --db DATA/metrics.sqlite [--events 10000000] [--days 730]

The database must already carry the server's schema: start `kashdash-server serve --data DATA`
once (it migrates the file), stop it, then run this. Events go straight into the tables the
server keeps, the way the server would have left them:

- `daily_counts` (the daily aggregates) gets every event, for every day of the period;
- `events` (raw rows) gets only the last `--raw-days` days (default 35, the server's default
  retention), because older raw rows would have expired already;
- `learning_counts` gets every answer to a safety message again, by encounter bucket (first,
  second, later) and verdict; the server's triggers keep the `learning_daily` roll-up;
- `language_counts` gets the events of games new enough to say their language (app version
  1.2.0; older ones never did), split over English, Welsh, Polish and Urdu; of the advice
  clicks from a level, the new games' share (a `/go` address carries a language, no version).

Learning is modelled per message: each has its own first-meeting safe rate (55-88 %) and its
own gain when met again (from none to about 20 points, a little more again on later meetings),
so the learning page shows messages that children get better at and some they do not.

The shape is plausible rather than real: school days busier than weekends, quieter school
holidays, slow growth, Zipf-like popularity of links, levels and messages, some bot downloads.
Counts per day are drawn with one multinomial per day, so the total is exactly `--events`.
Nothing here is about a person: the same dimensions the server stores (day, kind, source, app
version, level, link, message, file, bot flag), and nothing else.
"""
import argparse
import datetime as dt
import sqlite3
import sys
import time

try:
    import numpy as np
except ImportError:  # numpy keeps 10 M events to seconds; without it this would crawl
    sys.exit("generate-events.py needs numpy (apt-get install python3-numpy, or pip install numpy)")

LINKS = [
    "thinkuknow", "childline", "thinkuknow-8-10", "childnet-young-people", "ceop-report",
    "childline-online-safety", "uk-safer-internet-centre", "nspcc-online-safety", "internet-matters",
    "thinkuknow-11-18", "childline-info-advice", "get-safe-online", "childline-calm-zone", "report-harmful-content",
]
LEVELS = {
    "tell-a-trusted-adult": ["scary-video", "who-to-tell", "secret-message"],
    "keep-it-private": ["username", "house-number", "privacy-setting"],
    "online-friends": ["friend-request", "same-age", "meet-up"],
    "too-good-to-be-true": ["free-prize", "odd-file", "friend-link"],
    "real-or-fake": ["shark-photo", "chain-message", "famous-gamer"],
    "super-passwords": ["best-password", "best-friend-asks", "someone-knows"],
    "be-kind-online": ["mean-joke", "cross-after-losing", "kind-comment"],
    "block-report-tell": ["mean-messages", "screenshot", "not-your-fault"],
    "ask-before-you-share": ["friend-photo", "photo-request", "photo-of-me"],
    "game-on-safely": ["free-coins", "buy-gems", "private-chat"],
    "time-out": ["bedtime", "tired-eyes", "feel-bad"],
    "footprints-online": ["delete-it", "family-test", "good-footprint"],
    "where-to-get-help": ["who-to-talk-to", "report-to-ceop", "help-a-friend"],
}
SOURCES = [("desktop", 0.55), ("kiosk", 0.35), ("web", 0.10)]
VERSIONS = [("1.0.0", 0.2), ("1.1.0", 0.3), ("1.2.0", 0.5)]
FILES = [("KashDash-1.2.0-x86_64.AppImage", 0.5), ("kashdash_1.2.0_amd64.deb", 0.3),
         ("KashDash-1.2.0.flatpak", 0.15), ("KashDash-1.2.0-source.tar.gz", 0.05)]
# The languages games of LANGUAGE_VERSION play in, and their shares (plausible, not measured).
LANGUAGE_VERSION = "1.2.0"
LANGUAGES = [("en", 0.86), ("pl", 0.07), ("ur", 0.05), ("cy", 0.02)]
LANGUAGE_VERSION_SHARE = dict(VERSIONS)[LANGUAGE_VERSION]
# Share of all events per kind.
KINDS = [
    # Answers are split into safe and unsafe (and encounter buckets) per message, below.
    ("level_started", 0.20), ("level_finished", 0.15), ("message_answered", 0.26),
    ("link_shown", 0.20), ("link_opened", 0.04),
    ("link_opened_offline", 0.01), ("advice_click", 0.10), ("download", 0.04),
]


def zipf(names, exponent=0.9):
    return [(name, 1.0 / (rank + 1) ** exponent) for rank, name in enumerate(names)]


def combinations():
    """Every aggregate key the generator can produce, with its probability (summing to 1).

    A key is (kind, source, app_version, level, link, message, file, is_bot)."""
    keys, weights = [], []
    levels = zipf(list(LEVELS))
    links = zipf(LINKS)
    messages = []
    for (level, level_weight) in levels:
        # Some messages trip more children up than others: that is what the breakdown is for.
        for index, message in enumerate(LEVELS[level]):
            messages.append((level, message, level_weight * (1.0, 0.55, 0.3)[index]))
    for kind, share in KINDS:
        group = []
        if kind in ("level_started", "level_finished"):
            for (level, lw) in levels:
                for (src, sw) in SOURCES:
                    for (ver, vw) in VERSIONS:
                        group.append(((kind, src, ver, level, "", "", "", 0), lw * sw * vw))
        elif kind == "message_answered":
            for (level, message, mw) in messages:
                for (src, sw) in SOURCES:
                    for (ver, vw) in VERSIONS:
                        group.append(((kind, src, ver, level, "", message, "", 0), mw * sw * vw))
        elif kind.startswith("link_"):
            for (link, kw) in links:
                for (level, lw) in levels:
                    for (src, sw) in SOURCES:
                        for (ver, vw) in VERSIONS:
                            group.append(((kind, src, ver, level, link, "", "", 0), kw * lw * sw * vw))
        elif kind == "advice_click":
            for (link, kw) in links:
                for (level, lw) in levels + [("", 0.4)]:
                    for (src, sw) in SOURCES:
                        group.append(((kind, src, "", level, link, "", "", 0), kw * lw * sw))
        elif kind == "download":
            for (name, fw) in FILES:
                group.append(((kind, "", "", "", "", "", name, 0), fw * 0.9))
                group.append(((kind, "", "", "", "", "", name, 1), fw * 0.1))
        total = sum(w for _, w in group)
        for key, w in group:
            keys.append(key)
            weights.append(share * w / total)
    weights = np.array(weights)
    return keys, weights / weights.sum()


# Of all answers: a first meeting, a second, or a third or later (replays are common).
ENCOUNTER_SHARES = [0.55, 0.27, 0.18]
ENCOUNTERS = ["first", "second", "later"]


def learning_model(seed):
    """Per message: the chance of a safe answer on a first, second and later meeting."""
    rng = np.random.default_rng(seed + 1)
    model = {}
    for level, messages in LEVELS.items():
        for message in messages:
            first = rng.uniform(0.55, 0.88)
            gain = rng.choice([0.0, 0.02, 0.06, 0.10, 0.15, 0.20])
            second = min(first + gain, 0.97)
            later = min(second + gain * 0.4, 0.98)
            model[(level, message)] = (first, second, later)
    return model


def split_answers(rng, keys, counts, answer_indices, model):
    """Splits the day's answers into encounter buckets and verdicts.

    Returns daily_counts rows (safe and unsafe kinds, per app version) and learning rows
    (per source, level, message, bucket and verdict), consistent with each other."""
    if len(answer_indices) == 0:
        return [], []
    totals = counts[answer_indices]
    buckets = rng.multinomial(totals, ENCOUNTER_SHARES)  # (K, 3)
    chances = np.array([model[(keys[i][3], keys[i][5])] for i in answer_indices])  # (K, 3)
    safe = rng.binomial(buckets, chances)
    unsafe = buckets - safe
    daily, learning = [], []
    for row, index in enumerate(answer_indices):
        _, src, ver, level, _, message, _, _ = keys[index]
        safe_total, unsafe_total = int(safe[row].sum()), int(unsafe[row].sum())
        if safe_total:
            daily.append((("message_answered_safe", src, ver, level, "", message, "", 0), safe_total))
        if unsafe_total:
            daily.append((("message_answered_unsafe", src, ver, level, "", message, "", 0), unsafe_total))
        for b, encounter in enumerate(ENCOUNTERS):
            if safe[row, b]:
                learning.append((src, level, message, encounter, "safe", int(safe[row, b])))
            if unsafe[row, b]:
                learning.append((src, level, message, encounter, "unsafe", int(unsafe[row, b])))
    return daily, learning


def day_weights(days):
    """Relative volume per day: school days busier, holidays quieter, slow growth."""
    weights = []
    for index, day in enumerate(days):
        w = 1.0 + 1.5 * index / max(len(days) - 1, 1)
        if day.weekday() >= 5:
            w *= 0.55
        if day.month == 8 or (day.month == 12 and day.day > 20) or (day.month == 4 and day.day < 15):
            w *= 0.6
        if day.month == 2 and 5 <= day.day <= 12:  # Safer Internet Day week
            w *= 1.8
        weights.append(w)
    weights = np.array(weights)
    return weights / weights.sum()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="metrics.sqlite, already migrated by the server")
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--end", default=dt.datetime.now(dt.timezone.utc).date().isoformat(), help="last day (UTC)")
    parser.add_argument("--raw-days", type=int, default=35, help="days of raw rows kept (the server's retention)")
    parser.add_argument("--seed", type=int, default=7526)
    args = parser.parse_args()

    started = time.monotonic()
    end = dt.date.fromisoformat(args.end)
    days = [end - dt.timedelta(days=args.days - 1 - i) for i in range(args.days)]
    rng = np.random.default_rng(args.seed)
    keys, probabilities = combinations()
    model = learning_model(args.seed)
    is_answer = np.array([key[0] == "message_answered" for key in keys])
    per_day = rng.multinomial(args.events, day_weights(days))

    db = sqlite3.connect(args.db)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"events", "daily_counts", "learning_counts"} <= tables:
        sys.exit(f"{args.db} has no metrics schema: run `kashdash-server serve --data <folder>` once first")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("BEGIN")
    upsert = """INSERT INTO daily_counts(day, kind, source, app_version, level, link, message, file, is_bot, count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(day, kind, source, app_version, level, link, message, file, is_bot)
        DO UPDATE SET count = count + excluded.count"""
    raw = """INSERT INTO events(day, kind, source, app_version, level, link, message, file, is_bot)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"""
    learn = """INSERT INTO learning_counts(day, source, level, message, encounter, verdict, count)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(day, source, level, message, encounter, verdict) DO UPDATE SET count = count + excluded.count"""
    language = """INSERT INTO language_counts(day, kind, language, count) VALUES (?, ?, ?, ?)
        ON CONFLICT(day, kind, language) DO UPDATE SET count = count + excluded.count"""
    language_shares = [share for _, share in LANGUAGES]
    # A generator of its own, so every other table is exactly what it was before languages.
    language_rng = np.random.default_rng(args.seed + 1)
    aggregate_rows = raw_rows = learning_rows = 0
    for index, (day, count) in enumerate(zip(days, per_day)):
        counts = rng.multinomial(int(count), probabilities)
        nonzero = np.nonzero(counts)[0]
        iso = day.isoformat()
        answers, learning = split_answers(rng, keys, counts, nonzero[is_answer[nonzero]], model)
        stored = [(keys[i], int(counts[i])) for i in nonzero if not is_answer[i]] + answers
        db.executemany(upsert, [(iso, *key, n) for key, n in stored])
        db.executemany(learn, [(iso, *row) for row in learning])
        # Per day and kind, as the server keeps them: a language never sits beside a level.
        by_kind = {}
        for key, n in stored:
            kind, _, version, level, *_, is_bot = key
            if is_bot:
                continue
            if version == LANGUAGE_VERSION:
                said = n
            elif kind == "advice_click" and level:
                # /go addresses carry no app version; a game's click says its language when the
                # game is new enough, as often as new games are among the players.
                said = int(language_rng.binomial(n, LANGUAGE_VERSION_SHARE))
            else:
                continue
            by_kind[kind] = by_kind.get(kind, 0) + said
        for kind, n in by_kind.items():
            split = language_rng.multinomial(n, language_shares)
            db.executemany(language, [(iso, kind, tag, int(k)) for (tag, _), k in zip(LANGUAGES, split) if k])
        aggregate_rows += len(stored)
        learning_rows += len(learning)
        if index >= len(days) - args.raw_days:
            expanded = ((iso, *key) for key, n in stored for _ in range(n))
            db.executemany(raw, expanded)
            raw_rows += int(count)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.close()
    print(f"{args.events} events over {args.days} days ({days[0]} to {days[-1]}): "
          f"{aggregate_rows} aggregate rows, {learning_rows} learning rows, {raw_rows} raw rows, "
          f"{time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
