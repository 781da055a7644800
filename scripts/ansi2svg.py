#!/usr/bin/env python3
"""Turns a terminal screen captured with `tmux capture-pane -e -p` (text with ANSI colour
codes) into an SVG picture: one monospace cell per character, colours and reverse video kept.

Usage: ansi2svg.py WIDTH HEIGHT < screen.ansi > screen.svg
"""
import re
import sys
from html import escape

CELL_W, CELL_H, FONT = 8.4, 17, 14
PALETTE = ["#1d1f21", "#cc342b", "#198844", "#c5a028", "#3971ed", "#a36ac7", "#3971ed", "#c5c8c6",
           "#707880", "#ff5f5f", "#5fd75f", "#ffd75f", "#5f87ff", "#d787ff", "#5fd7ff", "#ffffff"]
FG, BG = "#e0e0e0", "#1d1f21"


def colour256(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    level = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (level, level, level)


def apply(state, params):
    codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            state.update(fg=None, bg=None, bold=False, dim=False, reverse=False, underline=False)
        elif c == 1:
            state["bold"] = True
        elif c == 2:
            state["dim"] = True
        elif c == 4:
            state["underline"] = True
        elif c == 7:
            state["reverse"] = True
        elif c == 22:
            state.update(bold=False, dim=False)
        elif c == 24:
            state["underline"] = False
        elif c == 27:
            state["reverse"] = False
        elif 30 <= c <= 37:
            state["fg"] = PALETTE[c - 30]
        elif 90 <= c <= 97:
            state["fg"] = PALETTE[c - 90 + 8]
        elif 40 <= c <= 47:
            state["bg"] = PALETTE[c - 40]
        elif 100 <= c <= 107:
            state["bg"] = PALETTE[c - 100 + 8]
        elif c in (38, 48) and i + 1 < len(codes):
            key = "fg" if c == 38 else "bg"
            if codes[i + 1] == 5 and i + 2 < len(codes):
                state[key] = colour256(codes[i + 2])
                i += 2
            elif codes[i + 1] == 2 and i + 4 < len(codes):
                state[key] = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5])
                i += 4
        elif c == 39:
            state["fg"] = None
        elif c == 49:
            state["bg"] = None
        i += 1


def cells(line):
    """Yields (character, style) for each cell of one captured line."""
    state = dict(fg=None, bg=None, bold=False, dim=False, reverse=False, underline=False)
    for part in re.split(r"(\x1b\[[0-9;]*m)", line):
        if part.startswith("\x1b["):
            apply(state, part[2:-1])
        else:
            for ch in re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", part):
                yield ch, dict(state)


def main():
    width, height = int(sys.argv[1]), int(sys.argv[2])
    lines = sys.stdin.read().split("\n")[:height]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width * CELL_W + 16:.0f}" '
           f'height="{height * CELL_H + 16}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" '
           f'font-size="{FONT}">',
           f'<rect width="100%" height="100%" rx="6" fill="{BG}"/>']
    for row, line in enumerate(lines):
        y = 8 + row * CELL_H
        runs, current = [], None
        for col, (ch, st) in enumerate(cells(line)):
            fg, bg = st["fg"] or FG, st["bg"]
            if st["reverse"]:
                fg, bg = (st["bg"] or BG), (st["fg"] or FG)
            key = (fg, bg, st["bold"], st["dim"], st["underline"], ch == "\u2588")
            if current and current[0] == key:
                current[2] += ch
            else:
                current = [key, col, ch]
                runs.append(current)
        for (fg, bg, bold, dim, underline, block), col, text in runs:
            x = 8 + col * CELL_W
            if block:
                # Full blocks as rectangles: glyphs leave hairline gaps between cells.
                out.append(f'<rect x="{x:.1f}" y="{y}" width="{len(text) * CELL_W:.1f}" height="{CELL_H}" fill="{fg}"/>')
                continue
            if bg:
                out.append(f'<rect x="{x:.1f}" y="{y}" width="{len(text) * CELL_W:.1f}" height="{CELL_H}" fill="{bg}"/>')
            if text.strip():
                attrs = f' font-weight="bold"' if bold else ""
                attrs += ' opacity="0.6"' if dim else ""
                attrs += ' text-decoration="underline"' if underline else ""
                out.append(f'<text x="{x:.1f}" y="{y + 13}" fill="{fg}"{attrs} xml:space="preserve" '
                           f'textLength="{len(text) * CELL_W:.1f}" lengthAdjust="spacingAndGlyphs">{escape(text)}</text>')
    out.append("</svg>")
    print("\n".join(out))


if __name__ == "__main__":
    main()
