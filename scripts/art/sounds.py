"""Sound effects, synthesised with numpy: 16-bit mono 44.1 kHz WAV, peak -6 dBFS.

Soft, short and friendly: sine/bell tones with gentle attacks and smooth decays, and a
little filtered noise (fixed seed) for the flap whoosh and the crash thump.
"""
import os
import wave

import numpy as np

RATE = 44100
PEAK_DBFS = -6.0


def t_axis(dur):
    return np.arange(int(RATE * dur)) / RATE


def env_adsr(n, a=0.005, d=0.05, s=0.6, r=0.1):
    """Attack/decay/sustain/release envelope over n samples (times in seconds)."""
    e = np.zeros(n)
    A, D, R = int(a * RATE), int(d * RATE), int(r * RATE)
    S = max(n - A - D - R, 0)
    seg = [np.linspace(0, 1, A, endpoint=False), np.linspace(1, s, D, endpoint=False), np.full(S, s),
           np.linspace(s, 0, max(n - A - D - S, 0))]
    e[:] = np.concatenate(seg)[:n]
    return e


def env_exp(n, tau, attack=0.004):
    t = np.arange(n) / RATE
    e = np.exp(-t / tau)
    A = max(int(attack * RATE), 1)
    e[:A] *= np.linspace(0, 1, A)
    return e


def tone(freq, dur, partials=((1, 1.0),), vib=0.0, vib_rate=5.0):
    t = t_axis(dur)
    f = np.asarray(freq) if np.ndim(freq) else np.full_like(t, freq)
    if vib:
        f = f * (1 + vib * np.sin(2 * np.pi * vib_rate * t))
    phase = 2 * np.pi * np.cumsum(f) / RATE
    out = np.zeros_like(t)
    for mult, amp in partials:
        out += amp * np.sin(mult * phase)
    return out


BELL = ((1, 1.0), (2, 0.35), (3, 0.12), (4.2, 0.06))
SOFT = ((1, 1.0), (2, 0.18), (3, 0.05))


def place(buf, sig, at):
    i = int(at * RATE)
    end = min(len(buf), i + len(sig))
    buf[i:end] += sig[:end - i]
    return buf


def lowpass(x, cutoff, poles=1):
    """One-pole low-pass filter, cascaded `poles` times for a steeper, softer roll-off."""
    a = np.exp(-2 * np.pi * cutoff / RATE)
    y = np.asarray(x, dtype=np.float64)
    for _ in range(poles):
        out = np.zeros_like(y)
        acc = 0.0
        for i, v in enumerate(y):
            acc = (1 - a) * v + a * acc
            out[i] = acc
        y = out
    return y


def note(n):
    """MIDI note number to Hz."""
    return 440.0 * 2 ** ((n - 69) / 12)


def fade(x, ms=4):
    n = int(RATE * ms / 1000)
    x = x.copy()
    x[:n] *= np.linspace(0, 1, n)
    x[-n:] *= np.linspace(1, 0, n)
    return x


# ------------------------------------------------------------------ effects
def flap():
    dur = 0.12
    n = int(RATE * dur)
    rng = np.random.default_rng(7)
    raw = rng.standard_normal(n)
    noise = lowpass(raw, 1400, poles=3) - lowpass(raw, 250, poles=2)     # a soft band of air
    whoosh = noise * np.sin(np.linspace(0, np.pi, n)) ** 2
    f = np.linspace(330, 560, n)
    boop = tone(f, dur, SOFT) * env_exp(n, 0.035, 0.003)
    return 0.55 * whoosh / np.max(np.abs(whoosh)) + 0.6 * boop


def point():
    buf = np.zeros(int(RATE * 0.2))
    for i, (m, at) in enumerate(((81, 0.0), (88, 0.06))):
        n = int(RATE * 0.13)
        place(buf, tone(note(m), 0.13, SOFT) * env_exp(n, 0.045), at)
    return buf


def pickup():
    buf = np.zeros(int(RATE * 0.5))
    for i, m in enumerate((84, 88, 91, 96)):
        n = int(RATE * 0.3)
        place(buf, tone(note(m), 0.3, BELL) * env_exp(n, 0.08) * (0.8 + 0.05 * i), i * 0.05)
    return buf


def right():
    buf = np.zeros(int(RATE * 0.7))
    for m, at in ((76, 0.0), (83, 0.14)):
        n = int(RATE * 0.5)
        place(buf, tone(note(m), 0.5, BELL) * env_exp(n, 0.16), at)
    return buf


def wrong():
    """A gentle, low 'hmm-mm': two soft descending notes, no buzz."""
    buf = np.zeros(int(RATE * 0.62))
    for m, at, d in ((57, 0.0, 0.26), (53, 0.24, 0.38)):
        n = int(RATE * d)
        e = env_adsr(n, a=0.03, d=0.08, s=0.7, r=0.15)
        place(buf, tone(note(m), d, ((1, 1.0), (2, 0.22), (3, 0.06)), vib=0.006, vib_rate=5.5) * e, at)
    return buf


def rankup():
    buf = np.zeros(int(RATE * 1.0))
    brass = ((1, 1.0), (2, 0.5), (3, 0.3), (4, 0.15), (5, 0.08))
    seq = ((72, 0.0, 0.16), (76, 0.15, 0.16), (79, 0.30, 0.16), (84, 0.45, 0.52))
    for m, at, d in seq:
        n = int(RATE * d)
        e = env_adsr(n, a=0.02, d=0.06, s=0.75, r=min(0.25, d * 0.5))
        place(buf, tone(note(m), d, brass, vib=0.004 if d > 0.3 else 0.0) * e * 0.8, at)
        if d > 0.3:   # harmony under the last note
            place(buf, tone(note(m - 5), d, brass) * e * 0.35, at)
            place(buf, tone(note(m - 8), d, brass) * e * 0.3, at)
    for i, m in enumerate((96, 100, 103, 108)):
        n = int(RATE * 0.25)
        place(buf, tone(note(m), 0.25, BELL) * env_exp(n, 0.07) * 0.25, 0.55 + i * 0.06)
    return buf


def click():
    n = int(RATE * 0.035)
    return tone(1400, 0.035, SOFT) * env_exp(n, 0.008, 0.001)


def crash():
    dur = 0.36
    n = int(RATE * dur)
    f = 420 * np.exp(-np.linspace(0, 1.6, n)) + 90
    f = f * (1 + 0.05 * np.sin(2 * np.pi * 18 * t_axis(dur)))   # a little cartoon 'boing' wobble
    bonk = tone(f, dur, ((1, 1.0), (2, 0.25))) * env_exp(n, 0.12, 0.002)
    rng = np.random.default_rng(11)
    m = int(RATE * 0.05)
    thump = lowpass(rng.standard_normal(m), 350, poles=3) * env_exp(m, 0.015, 0.001)
    out = bonk.copy()
    out[:m] += 1.5 * thump / np.max(np.abs(thump))
    return out


def room(x, amount=0.12, tail=0.25, seed=3):
    """A touch of soft 'room' (convolution with a short decaying filtered-noise response)."""
    rng = np.random.default_rng(seed)
    n = int(RATE * tail)
    t = np.arange(n) / RATE
    ir = lowpass(rng.standard_normal(n), 3000, poles=2) * np.exp(-t / (tail / 5))
    ir /= np.sqrt(np.sum(ir ** 2))
    wet = np.convolve(x, ir)
    dry = np.concatenate([x, np.zeros(len(wet) - len(x))])
    out = dry + amount * wet / max(np.max(np.abs(wet)), 1e-9) * np.max(np.abs(x))
    # fade the tail smoothly to silence
    m = int(RATE * 0.05)
    out[-m:] *= np.linspace(1, 0, m)
    return out


EFFECTS = {"flap": flap, "point": point, "pickup": lambda: room(pickup(), 0.15),
           "right": lambda: room(right(), 0.15), "wrong": lambda: room(wrong(), 0.1),
           "rankup": lambda: room(rankup(), 0.18, tail=0.2), "click": click, "crash": crash}


# peaks: about -6 dBFS; the sustained low "wrong" tone and the often-repeated UI click a
# little lower, and the flap (heard every second or so) too, so nothing nags
PEAKS = {"wrong": -8.0, "click": -9.0, "flap": -8.0}


def write_wav(path, x, peak_dbfs=PEAK_DBFS):
    x = fade(np.asarray(x, dtype=np.float64), 3)
    peak = np.max(np.abs(x))
    target = 10 ** (peak_dbfs / 20)
    x = x / peak * target
    pcm = np.round(x * 32767).astype("<i2")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())


def build(outdir):
    files = {}
    for name, fn in EFFECTS.items():
        p = os.path.join(outdir, f"{name}.wav")
        write_wav(p, fn(), PEAKS.get(name, PEAK_DBFS))
        files[name] = p
    return files
