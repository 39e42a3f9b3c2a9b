#!/usr/bin/env python3
"""Counts the quoted words in collection literals in Java sources: the string literals inside
Set.of(...), List.of(...), Map.of(...), Map.ofEntries(...), Map.entry(...), Arrays.asList(...),
Stream.of(...), EnumSet/Set.copyOf(...) and array initialisers `{ "a", "b" }`. Knowledge belongs in
data files (the lexicon); this measures how much of it is still spelt out in Java.

Usage: scripts/count-java-words.py [DIR]   (default dyad-core/src/main/java)
Prints one line per file: quoted strings, literals, and how many of the strings are words of
natural language (letters only, not a closed grammatical set: UD relation names and Penn
part-of-speech tags, nor codes, punctuation, file or column names in ALL CAPS or with dots),
sorted by strings; then the totals."""
import os, re, sys

OPENERS = re.compile(r'\b(?:Set|List|Map|Stream)\.(?:of|ofEntries|entry|copyOf)\s*\(|'
                     r'\bArrays\.asList\s*\(|\bMap\.entry\s*\(|\]\s*\{|=\s*\{')
STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')

def strip_comments(src):
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith('//', i):
            j = src.find('\n', i); i = n if j < 0 else j
        elif src.startswith('/*', i):
            j = src.find('*/', i + 2); i = n if j < 0 else j + 2
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3); j = n if j < 0 else j + 3
            out.append('""'); i = j                       # text blocks are not word lists
        elif src[i] == '"':
            m = STRING.match(src, i)
            if m: out.append(m.group()); i = m.end()
            else: out.append(src[i]); i += 1
        elif src[i] == "'":
            m = re.compile(r"'(?:[^'\\\n]|\\.)*'").match(src, i)
            if m: out.append("' '"); i = m.end()
            else: out.append(src[i]); i += 1
        else:
            out.append(src[i]); i += 1
    return ''.join(out)

def literal_spans(src):
    """Yields (start, end) of each outermost collection literal's argument text."""
    pos = 0
    while True:
        m = OPENERS.search(src, pos)
        if not m: return
        open_ch = src[m.end() - 1]
        close_ch = ')' if open_ch == '(' else '}'
        depth, i = 1, m.end()
        while i < len(src) and depth:
            c = src[i]
            if c == '"':
                s = STRING.match(src, i); i = s.end() if s else i + 1; continue
            if c in '({': depth += 1
            elif c in ')}': depth -= 1
            i += 1
        yield m.end(), i - 1
        pos = i

# Closed grammatical sets: Universal Dependencies relation names (with subtypes) and Penn tags.
UD = set("""acl advcl advmod amod appos aux case cc ccomp clf compound conj cop csubj dep det discourse
dislocated expl fixed flat goeswith iobj list mark nmod nsubj nummod obj obl orphan parataxis punct
reparandum root vocative xcomp neg prt poss""".split())
WORD = re.compile(r"^[a-z][a-z'’-]*( [a-z'’-]+)*$", re.I)

def is_word(s):
    s = s[1:-1]
    if not WORD.match(s) or s.isupper(): return False          # codes (MIL, VBD), punctuation
    return s.split(':')[0].lower() not in UD

def count(path):
    src = strip_comments(open(path, encoding='utf-8').read())
    literals = strings = words = 0
    for a, b in literal_spans(src):
        body = src[a:b]
        # a lambda or method body is not a literal: skip braces that hold statements
        if src[a - 1] == '{' and ';' in body: continue
        found = STRING.findall(body)
        if found: literals += 1; strings += len(found); words += sum(map(is_word, found))
    return literals, strings, words

root = sys.argv[1] if len(sys.argv) > 1 else 'dyad-core/src/main/java'
rows = []
for d, _, files in os.walk(root):
    for f in files:
        if f.endswith('.java'):
            p = os.path.join(d, f); lit, s, w = count(p)
            if s: rows.append((s, lit, w, os.path.relpath(p, root)))
rows.sort(reverse=True)
print('strings literals words  file')
for s, lit, w, p in rows: print(f'{s:7d} {lit:8d} {w:5d}  {p}')
print(f'{sum(r[0] for r in rows):7d} {sum(r[1] for r in rows):8d} {sum(r[2] for r in rows):5d}  total')
