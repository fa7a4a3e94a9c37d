#!/usr/bin/env python3
"""The mechanical style fixes that a formatter does not make, on every module's Java sources.

  fix_style.py fqn  [ROOT]   inline fully-qualified class names in code -> imports (lists what it must leave)
  fix_style.py wrap [ROOT]   lines over 120 characters the formatter left: comments re-flowed, string literals split
  fix_style.py long [ROOT]   lists the lines still over 120 (exit 1 if any)

Idempotent: a second run changes nothing. Comments, string literals, text blocks, char literals, package and import
lines are never rewritten by `fqn`. A name is not imported when its simple name is already taken in the file (another
import, a type declared in the file, a class of the same package, java.lang, or another package's class of the same
simple name used in the same file): those are listed on stderr and left as they are.
"""
import os
import re
import sys

MAX = 120
ROOTS = ("java", "javax", "jakarta", "jdk", "sun", "com", "org", "io", "net", "picocli", "tools", "kotlin", "no",
         "nl", "de", "ch", "at", "eu", "uk", "us", "vn")
# java.lang's public types: a simple name among them is taken already.
JAVA_LANG = set("""AbstractMethodError Appendable ArithmeticException ArrayIndexOutOfBoundsException ArrayStoreException
AssertionError AutoCloseable Boolean BootstrapMethodError Byte Character CharSequence Class ClassCastException
ClassCircularityError ClassFormatError ClassLoader ClassNotFoundException ClassValue CloneNotSupportedException
Cloneable Comparable Deprecated Double Enum EnumConstantNotPresentException Error Exception ExceptionInInitializerError
Float FunctionalInterface IllegalAccessError IllegalAccessException IllegalArgumentException
IllegalCallerException IllegalMonitorStateException IllegalStateException IllegalThreadStateException
IncompatibleClassChangeError IndexOutOfBoundsException InheritableThreadLocal InstantiationError
InstantiationException Integer InternalError InterruptedException Iterable LayerInstantiationException LinkageError
Long MatchException Math Module ModuleLayer NegativeArraySizeException NoClassDefFoundError NoSuchFieldError
NoSuchFieldException NoSuchMethodError NoSuchMethodException NullPointerException Number NumberFormatException Object
OutOfMemoryError Override Package Process ProcessBuilder ProcessHandle Readable Record ReflectiveOperationException
Runnable Runtime RuntimeException RuntimePermission SafeVarargs ScopedValue SecurityException SecurityManager Short
StackOverflowError StackTraceElement StackWalker StrictMath String StringBuffer StringBuilder
StringIndexOutOfBoundsException StringTemplate SuppressWarnings System Thread ThreadDeath ThreadGroup ThreadLocal
Throwable TypeNotPresentException UnknownError UnsatisfiedLinkError UnsupportedClassVersionError
UnsupportedOperationException VerifyError VirtualMachineError Void WrongThreadException Compiler""".split())

FQN = re.compile(r"\b((?:%s)(?:\.[a-z][a-z0-9_]*)+)\.([A-Z][A-Za-z0-9_]*)\b" % "|".join(ROOTS))


def java_files(root):
    for base, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in ("target", ".git", "node_modules", ".mvn")]
        norm = base.replace(os.sep, "/")
        if "/src/main/java" not in norm and "/src/test/java" not in norm:
            continue
        for f in files:
            if f.endswith(".java"):
                yield os.path.join(base, f)


def code_mask(text):
    """For each character: True when it is code (not a comment, string, text block or char literal)."""
    mask = [True] * len(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif text.startswith('"""', i):
            j = i + 3
            while j < n and not (text.startswith('"""', j) and text[j - 1] != "\\"):
                j += 1
            j = min(n, j + 3)
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(n, j + 1)
        else:
            i += 1
            continue
        for k in range(i, j):
            mask[k] = False
        i = j
    return mask


def package_of(text):
    m = re.search(r"^\s*package\s+([\w.]+)\s*;", text, re.M)
    return m.group(1) if m else ""


def same_package_types(path, package):
    """Simple names of the classes of the file's package, in the main and test trees of its module."""
    norm = path.replace(os.sep, "/")
    for marker in ("/src/main/java/", "/src/test/java/"):
        if marker in norm:
            module = norm[: norm.index(marker)]
            break
    else:
        return set()
    names = set()
    rel = package.replace(".", "/")
    for tree in ("src/main/java", "src/test/java"):
        d = os.path.join(module, tree, rel)
        if os.path.isdir(d):
            names.update(f[:-5] for f in os.listdir(d) if f.endswith(".java"))
    return names


def fix_fqn(path, report):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    mask = code_mask(text)
    package = package_of(text)
    imports = {}  # simple name -> fqn
    import_lines = list(re.finditer(r"^import\s+(static\s+)?([\w.]+)\s*;[ \t]*$", text, re.M))
    for m in import_lines:
        if not m.group(1):
            imports[m.group(2).rsplit(".", 1)[1]] = m.group(2)
    declared = set(re.findall(r"\b(?:class|interface|enum|record)\s+([A-Z]\w*)", "".join(
        ch if ok else " " for ch, ok in zip(text, mask))))
    declared |= set(re.findall(r"@interface\s+([A-Z]\w*)", text))
    siblings = same_package_types(path, package)
    hits = []
    for m in FQN.finditer(text):
        if not mask[m.start()]:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start: text.find("\n", m.start())]
        if re.match(r"\s*(import|package)\s", line):
            continue
        if m.start() > 0 and (text[m.start() - 1] == "." or text[m.start() - 1].isalnum()):
            continue
        hits.append(m)
    if not hits:
        return False
    # which simple names point to more than one package in this file's FQNs
    by_simple = {}
    for m in hits:
        by_simple.setdefault(m.group(2), set()).add(m.group(1) + "." + m.group(2))
    new_imports = set()
    out = []
    last = 0
    changed = False
    for m in hits:
        pkg, simple = m.group(1), m.group(2)
        fqn = pkg + "." + simple
        ok = False
        if pkg == package or pkg == "java.lang":
            ok = True
        elif imports.get(simple) == fqn:
            ok = True
        elif (simple in imports or simple in declared or simple in siblings or simple in JAVA_LANG
              or len(by_simple[simple]) > 1):
            ok = False
        else:
            ok = True
            new_imports.add(fqn)
            imports[simple] = fqn
        if ok:
            out.append(text[last: m.start()])
            out.append(simple)
            last = m.end()
            changed = True
        else:
            lineno = text.count("\n", 0, m.start()) + 1
            report.append("%s:%d: %s left qualified (the simple name %s is taken)" % (path, lineno, fqn, simple))
    if not changed:
        return False
    out.append(text[last:])
    text = "".join(out)
    if new_imports:
        block = "".join("import %s;\n" % f for f in sorted(new_imports))
        m = list(re.finditer(r"^import\s+[\w.]+(?:\.\*)?\s*;[ \t]*\n", text, re.M))
        if m:
            pos = m[-1].end()
            text = text[:pos] + block + text[pos:]
        else:
            pm = re.search(r"^\s*package\s+[\w.]+\s*;[ \t]*\n", text, re.M)
            pos = pm.end() if pm else 0
            text = text[:pos] + "\n" + block + text[pos:]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return True


COMMENT = re.compile(r"^(\s*)(\* |// |/\*\* |\*)(.*)$")


def split_at(s, limit):
    """Index of the last space in s[:limit] (not at its start), or -1."""
    cut = s.rfind(" ", 0, limit)
    return cut if cut > 0 else -1


def wrap_lines(lines):
    """One pass; returns (lines, changed)."""
    out = []
    changed = False
    i = 0
    in_block = False
    in_pre = False
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if "<pre>" in stripped:
            in_pre = True
        if "</pre>" in stripped:
            in_pre = False
        opens = stripped.startswith("/*")
        if len(line) > MAX and not re.search(r"https?://|^\s*(import|package)\s", line):
            m = COMMENT.match(line)
            is_comment = m and not in_pre and (in_block or opens or m.group(2).startswith("//"))
            if is_comment:
                indent, mark = m.group(1), m.group(2)
                if mark.startswith("//"):
                    cont = indent + "// "
                elif mark.startswith("/**"):
                    cont = indent + " * "
                else:
                    cont = indent + "* "
                head = indent + mark
                cut = split_at(line, MAX + 1)
                if cut > len(head):
                    first, rest = line[:cut].rstrip(), line[cut + 1:].strip()
                    out.append(first)
                    nxt = lines[i + 1] if i + 1 < len(lines) else None
                    nm = COMMENT.match(nxt) if nxt is not None else None
                    # join the rest with the next line of the same paragraph, or give it its own line
                    if (nm and nxt.startswith(cont) and nm.group(3).strip()
                            and not re.match(r"(@|<p>|<li>|<ul>|</|<pre>|\{@code\s*$|-\s)", nm.group(3).strip())
                            and not nm.group(3).strip().endswith("*/") and not rest.endswith("*/")):
                        lines[i + 1] = cont + rest + " " + nxt[len(cont):].strip()
                    else:
                        lines.insert(i + 1, cont + rest)
                    changed = True
                    i += 1
                    continue
            else:
                split = split_string(line)
                if split:
                    out.extend(split)
                    changed = True
                    i += 1
                    continue
        if opens and "*/" not in stripped:
            in_block = True
        elif "*/" in stripped:
            in_block = False
        out.append(line)
        i += 1
    return out, changed


def split_string(line):
    """Splits the string literal crossing column 120 at a space: "a b" -> "a " + NEWLINE "b"."""
    mask = code_mask(line)
    i = 0
    while i < len(line):
        if line[i] == '"' and mask[i] is False and (i == 0 or mask[i - 1]) and not line.startswith('"""', i):
            j = i + 1
            while j < len(line) and line[j] != '"':
                j += 2 if line[j] == "\\" else 1
            if j < len(line) and j + 1 > MAX - 1 and i < MAX - 12:
                body_end = min(j, MAX - 3)
                cut = line.rfind(" ", i + 2, body_end)
                while cut > i + 1 and line[cut - 1] == "\\":
                    cut = line.rfind(" ", i + 2, cut)
                if cut <= i + 1 or cut < MAX - 60:
                    # no space late enough: cut anywhere outside an escape sequence (and not inside a surrogate pair)
                    cut = body_end - 1
                    while cut > i + 1 and (escaped(line, i + 1, cut + 1) or "\uD800" <= line[cut] <= "\uDBFF"):
                        cut -= 1
                if cut > i + 1:
                    indent = len(line) - len(line.lstrip())
                    first = line[: cut + 1] + '"'
                    second = " " * (indent + 8) + '+ "' + line[cut + 1:]
                    return [first, second]
            i = j + 1
            continue
        i += 1
    return None


def escaped(line, start, pos):
    """Whether the literal's characters line[start:pos] end inside an escape sequence (a cut at pos splits it)."""
    k = start
    while k < pos:
        if line[k] == "\\":
            size = 6 if k + 1 < len(line) and line[k + 1] == "u" else 2
            if k + size > pos:
                return True
            k += size
        else:
            k += 1
    return False


def fix_wrap(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    lines = text.split("\n")
    any_change = False
    for _ in range(20):
        lines, changed = wrap_lines(lines)
        any_change |= changed
        if not changed:
            break
    if any_change:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
    return any_change


def long_lines(path):
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if len(line) > MAX and not re.search(r"^\s*(//|\*|/\*).*https?://|^\s*(import|package)\s", line):
                yield n, len(line)


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    root = sys.argv[2] if len(sys.argv) > 2 else "."
    if mode == "fqn":
        report = []
        n = sum(1 for p in sorted(java_files(root)) if fix_fqn(p, report))
        for r in report:
            print(r, file=sys.stderr)
        print("fix-style: imports instead of inline fully-qualified names in %d files; %d left (listed above)"
              % (n, len(report)), file=sys.stderr)
    elif mode == "wrap":
        n = sum(1 for p in sorted(java_files(root)) if fix_wrap(p))
        print("fix-style: long comments and string literals wrapped in %d files" % n, file=sys.stderr)
    elif mode == "long":
        left = [(p, n, w) for p in sorted(java_files(root)) for n, w in long_lines(p)]
        for p, n, w in left:
            print("%s:%d: %d characters" % (p, n, w), file=sys.stderr)
        sys.exit(1 if left else 0)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
