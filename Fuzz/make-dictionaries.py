#!/usr/bin/env python3
"""Writes the libFuzzer dictionaries in Fuzz/Dictionaries/ from the sources of truth:
chb-plan.dict from schema/chb-plan-1.xsd (every element and attribute name, the enumeration
values, XML syntax and edge values), mspdi.dict from the names chb's MSPDI reader and writer
use (Sources/PlanXML/MSPDI/*.swift). Run from anywhere after the schema or the MSPDI code
changes, and commit the result."""
import glob
import os
import re

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out_dir = os.path.join(root, "Fuzz", "Dictionaries")


def quoted(token):
    return '"%s"' % token.replace("\\", "\\\\").replace('"', '\\"')


def write(name, header, tokens):
    unique = list(dict.fromkeys(tokens))
    with open(os.path.join(out_dir, name), "w") as f:
        f.write("\n".join(["# " + line for line in header] + [quoted(t) for t in unique]) + "\n")
    return len(unique)


xsd = open(os.path.join(root, "schema", "chb-plan-1.xsd")).read()
elements = sorted(set(re.findall(r'<xs:element[^>]*name="([^"]+)"', xsd)))
attributes = sorted(set(re.findall(r'<xs:attribute[^>]*name="([^"]+)"', xsd)))
values = sorted(set(re.findall(r'<xs:enumeration value="([^"]*)"', xsd)))
namespace = re.search(r'targetNamespace="([^"]+)"', xsd).group(1)
plan = []
for e in elements:
    plan += ["<%s" % e, "</%s>" % e, "<%s>" % e]
plan += [' %s="' % a for a in attributes]
plan += ['"%s"' % v for v in values]
plan += ['xmlns="%s"' % namespace, '<?xml version="1.0" encoding="UTF-8"?>', "/>", '="', "&amp;", "&#x",
         "<![CDATA[", "]]>", "<!--", "-->", "2026-11-30", "T10:00:00Z", "9999-12-31", "0001-01-01", "-1",
         "36600", "1000000000", "9223372036854775807"]
# Entity-chunked text (issue 18 item 2): pieces that split one text run into many libxml2
# reports, and the controls a partner's text must never bring to a terminal (item 5).
chunked = ["&amp;&amp;&amp;&amp;", "&#38;", "&#x26;", "&lt;", "&gt;", "&quot;", "&apos;", "<!---->",
           "<![CDATA[x]]>", "&amp;&#38;<!----><![CDATA[&]]>", "&#13;", "&#xD;", "&#x9B;", "&#x202E;",
           "&#x2066;", "&#x200F;"]
plan += chunked
n = write("chb-plan.dict", ["libFuzzer dictionary for the chb plan format, made by Fuzz/make-dictionaries.py",
                            "from schema/chb-plan-1.xsd: element and attribute names, enumeration values, syntax."], plan)
print("chb-plan.dict: %d entries (%d elements, %d attributes, %d values)" % (n, len(elements), len(attributes), len(values)))

names = set()
for path in glob.glob(os.path.join(root, "Sources", "PlanXML", "MSPDI", "*.swift")):
    names |= set(re.findall(r'"([A-Z][A-Za-z]+)"', open(path).read()))
mspdi = []
for name in sorted(names):
    mspdi += ["<%s>" % name, "</%s>" % name]
mspdi += ['<Project xmlns="http://schemas.microsoft.com/project">', "http://schemas.microsoft.com/project",
          "PT8H0M0S", "PT0H0M0S", "P1D", "PT", "H", "M", "S", "P", "Y", "D", "2026-11-30T08:00:00", "T17:00:00",
          "9999-12-31T00:00:00", "-65535", "-9223372036854775808", "1e300", "NaN", "inf", "100", "0.5",
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'] + chunked
n = write("mspdi.dict", ["libFuzzer dictionary for Microsoft Project XML (MSPDI), made by Fuzz/make-dictionaries.py",
                         "from the element names chb's MSPDI reader and writer use, with duration and date syntax."], mspdi)
print("mspdi.dict: %d entries (%d names)" % (n, len(names)))
