#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts file from a JSON list of
{context, source, translation} (translation: a string, or [singular, plural] for %n).
Usage: tools/fill-translations.py translations/stuurboord_nl.ts translations.json"""
import html
import json
import re
import sys

ts_path, json_path = sys.argv[1], sys.argv[2]
text = open(ts_path, encoding="utf-8").read()
wanted = {(e["context"], e["source"]): e["translation"] for e in json.load(open(json_path, encoding="utf-8"))}
filled = 0


def escape(value):
    return html.escape(value, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def fill_context(match):
    global filled
    name = match.group(1)

    def fill_message(message):
        global filled
        source = html.unescape(message.group(2))
        translation = wanted.get((name, source))
        if translation is None or 'type="unfinished"' not in message.group(0):
            return message.group(0)
        filled += 1
        if isinstance(translation, list):
            forms = "".join(f"\n            <numerusform>{escape(f)}</numerusform>" for f in translation)
            body = f"<translation>{forms}\n        </translation>"
        else:
            body = f"<translation>{escape(translation)}</translation>"
        return re.sub(r"<translation type=\"unfinished\">.*?</translation>|<translation type=\"unfinished\"/>",
                      lambda _: body, message.group(0), flags=re.S)

    body = re.sub(r"<message( numerus=\"yes\")?>\s*<source>(.*?)</source>.*?</message>", fill_message, match.group(0), flags=re.S)
    return body


text = re.sub(r"<context>\s*<name>([^<]*)</name>.*?</context>", fill_context, text, flags=re.S)
open(ts_path, "w", encoding="utf-8").write(text)
left = text.count('type="unfinished"')
print(f"filled {filled}; unfinished left: {left}")
