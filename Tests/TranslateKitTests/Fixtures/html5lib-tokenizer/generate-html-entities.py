#!/usr/bin/env python3
"""Writes Sources/TranslateKit/HTML/HTMLEntities.swift to stdout.

Python's html.entities.html5 is the WHATWG named character reference table (entities.json), 2,231 names.
Usage: python3 Tests/TranslateKitTests/Fixtures/html5lib-tokenizer/generate-html-entities.py \
           > Sources/TranslateKit/HTML/HTMLEntities.swift
"""
import html.entities
import sys

table = html.entities.html5
w = sys.stdout.write
w("// Generated from Python's html.entities.html5 (Python %s), which is the WHATWG named character\n" % sys.version.split()[0])
w("// reference table (https://html.spec.whatwg.org/entities.json): %d entries. Do not edit by hand;\n" % len(table))
w("// regenerate with Tests/TranslateKitTests/Fixtures/html5lib-tokenizer/generate-html-entities.py.\n\n")
w("/// The WHATWG named character references, keyed by name (with its trailing `;` when it has one).\n")
w("enum HTMLEntities {\n")
w("    /// Name → replacement scalars. Names without `;` are the legacy ones the spec still accepts.\n")
w("    static let table: [String: [Unicode.Scalar]] = {\n")
w("        var table: [String: [Unicode.Scalar]] = [:]\n")
w("        table.reserveCapacity(%d)\n" % len(table))
w("        for line in source.split(separator: \"\\n\") {\n")
w("            guard let eq = line.lastIndex(of: \"=\") else { continue }\n")
w("            let scalars = line[line.index(after: eq)...].split(separator: \" \").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }\n")
w("            table[String(line[..<eq])] = scalars\n")
w("        }\n")
w("        return table\n")
w("    }()\n\n")
w("    /// The number of entries the generator wrote, for a test to hold the parsed table against.\n")
w("    static let count = %d\n\n" % len(table))
w("    /// The longest name in the table, in scalars, including `;`.\n")
w("    static let longestName = %d\n\n" % max(len(k) for k in table))
w("    // One `name=HEX HEX` per line: a plain literal compiles fast where a 2,231-entry dictionary literal does not.\n")
w('    private static let source = """\n')
for name in sorted(table):
    w("%s=%s\n" % (name, " ".join("%X" % ord(ch) for ch in table[name])))
w('"""\n}\n')
