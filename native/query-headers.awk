# The builder compiles small C programs ("query code") against the headers in -H:CLibraryPath to learn
# struct layouts and constants. GraalVM ships its own headers there; Maven Central does not, so this
# writes stand-ins from the queries themselves: for every header under DIR that the query code includes,
# each struct with its fields (uint8_t where the builder asks for signedness, a pointer where it does
# not) and each constant (numbered 0, 1, ...). Good for layout queries only, never for a link.
# Usage: awk -v dir=DIR -f query-headers.awk QUERY_CODE_DIR/*.c
FNR == 1 { header = "" }
/^#include "/ {
  included = $2; gsub(/"/, "", included)
  if (header == "" && index(included, dir "/") == 1) {
    header = included
    if (!(header in known)) { known[header] = 1; order[++headers] = header }
  }
  next
}
/NativeCodeInfo:/ && header != "" {
  line = $0
  sub(/.*NativeCodeInfo:[A-Za-z0-9_]+:/, "", line)
  split(line, part, ":")
  kind = part[1]; name = part[2]
  if (kind == "ConstantInfo" && !((header, name) in constantSeen)) {
    constantSeen[header, name] = 1; constants[header] = constants[header] " " name
  } else if (kind == "StructInfo" && part[3] == "StructFieldInfo") {
    field = part[4]; prop = part[6]; sub(/=.*/, "", prop)
    if (!((header, name) in structSeen)) { structSeen[header, name] = 1; structs[header] = structs[header] " " name }
    if (!((header, name, field) in fieldSeen)) { fieldSeen[header, name, field] = 1; fields[header, name] = fields[header, name] " " field }
    if (prop == "signedness") integer[header, name, field] = 1
  }
}
END {
  for (i = 1; i <= headers; i++) {
    h = order[i]
    printf "/* Layout stand-in written by native/compile-check.sh from the builder's own queries; not for linking. */\n#include <stdint.h>\n" > h
    n = split(constants[h], names, " ")
    for (c = 1; c <= n; c++) printf "#define %s %d\n", names[c], c - 1 > h
    s = split(structs[h], snames, " ")
    for (j = 1; j <= s; j++) {
      printf "typedef struct {\n" > h
      f = split(fields[h, snames[j]], fnames, " ")
      for (k = 1; k <= f; k++) printf "  %s %s;\n", (integer[h, snames[j], fnames[k]] ? "uint8_t" : "char *"), fnames[k] > h
      printf "} %s;\n", snames[j] > h
    }
    close(h)
    print "wrote " h ": " n " constant(s), " s " struct(s)"
  }
}
