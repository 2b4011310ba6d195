#!/usr/bin/env python3
"""Write-path cost of the report roll-up triggers: the server's insert pattern with and without them (CPU, in-memory SQLite)."""
import sqlite3, random, time, re
v1 = open('/work/main/Sources/KashDashMetrics/SQLite/SQLiteSchema.swift').read().split('"""')[1]
# The v2 SQL as Sources/KashDashMetrics/Reports/ReportSchema.swift builds it (kept in step by hand): tables + triggers (no backfill needed on an empty store)
dims = [('link','link',"'advice_click'"),('level','level',"'advice_click'"),('source','source',"'advice_click'"),('file','file',"'download'"),('unsafe-message','message',"'message_answered_unsafe'")]
def trig(name, event, row, delta):
    body = f"INSERT INTO report_daily_totals(kind, day, is_bot, count) VALUES ({row}.kind, {row}.day, {row}.is_bot, {delta}) ON CONFLICT(kind, day, is_bot) DO UPDATE SET count = count + excluded.count;\n"
    for d, col, kinds in dims:
        body += f"INSERT INTO report_daily_breakdown(dimension, day, key, count) SELECT '{d}', {row}.day, {row}.{col}, {delta} WHERE {row}.kind IN ({kinds}) AND {row}.is_bot = 0 ON CONFLICT(dimension, day, key) DO UPDATE SET count = count + excluded.count;\n"
    return f"CREATE TRIGGER report_rollup_after_{name} {event} ON daily_counts BEGIN\n{body}END;\n"
v2 = """CREATE TABLE report_daily_totals (kind TEXT NOT NULL, day TEXT NOT NULL, is_bot INTEGER NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (kind, day, is_bot)) WITHOUT ROWID;
CREATE TABLE report_daily_breakdown (dimension TEXT NOT NULL, day TEXT NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (dimension, day, key)) WITHOUT ROWID;
""" + trig('insert','AFTER INSERT','NEW','NEW.count') + trig('update','AFTER UPDATE OF count','NEW','NEW.count - OLD.count') + trig('delete','AFTER DELETE','OLD','-OLD.count')
kinds = ['advice_click','level_finished','message_answered_unsafe','link_shown','download','message_answered_safe']
random.seed(1)
batches = []
for b in range(1000):
    evs = [(random.choice(['2026-11-26','2026-11-27']), random.choice(kinds), random.choice(['desktop','kiosk','web']), '1.2.0', f'level-{random.randint(0,12)}', f'link-{random.randint(0,13)}', f'msg-{random.randint(0,38)}', '', 0) for _ in range(500)]
    batches.append(evs)
def run(with_triggers):
    db = sqlite3.connect(':memory:'); db.executescript(v1)
    if with_triggers: db.executescript(v2)
    t = time.process_time()
    for evs in batches:
        db.execute('BEGIN')
        db.executemany('INSERT INTO events(day, kind, source, app_version, level, link, message, file, is_bot) VALUES (?,?,?,?,?,?,?,?,?)', evs)
        counts = {}
        for e in evs: counts[e] = counts.get(e, 0) + 1
        db.executemany('INSERT INTO daily_counts(day, kind, source, app_version, level, link, message, file, is_bot, count) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(day, kind, source, app_version, level, link, message, file, is_bot) DO UPDATE SET count = count + excluded.count', [k + (c,) for k, c in counts.items()])
        db.execute('COMMIT')
    return time.process_time() - t
a = run(False); b = run(True)
print(f"500,000 events in 1,000 batches of 500 (worst case: almost every event a distinct aggregate key): without roll-up triggers {a:.2f} s CPU ({500000/a:,.0f} events/s), with {b:.2f} s ({500000/b:,.0f} events/s), +{(b/a-1)*100:.0f}%")
