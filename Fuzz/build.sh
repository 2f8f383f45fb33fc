#!/usr/bin/env bash
# Builds the fuzz targets (Fuzz/Targets/*.swift, one libFuzzer binary each) into Fuzz/build/.
#
# TemplateKit's sources and the generated EmbeddedTemplates.swift are compiled once, with
# coverage instrumentation and AddressSanitizer, into a static library with testing enabled
# (so targets reach internal entry points such as YAMLReader); each target links it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=Fuzz/build
mkdir -p "$build"
flags=(-O -g -sanitize=fuzzer,address -parse-as-library)

# The built-in templates as Swift source, made by the same tool the package's plugin runs.
embedded="$build/EmbeddedTemplates.swift"
if [[ ! -f "$embedded" || -n "$(find Templates -newer "$embedded" -print -quit)" ]]; then
  swift run --scratch-path .build-fuzz embed-templates Templates "$embedded"
fi

sources=()
while IFS= read -r -d '' file; do sources+=("$file"); done \
  < <(find Sources/TemplateKit -name '*.swift' -print0 | sort -z)
library="$build/libTemplateKit.a"
if [[ ! -f "$library" || -n "$(find Sources/TemplateKit "$embedded" -newer "$library" -print -quit)" ]]; then
  echo "== TemplateKit (instrumented)"
  swiftc "${flags[@]}" -enable-testing -module-name TemplateKit \
    -emit-module -emit-module-path "$build/TemplateKit.swiftmodule" \
    -emit-library -static -o "$library" "${sources[@]}" "$embedded"
fi

for target in Fuzz/Targets/*.swift; do
  name=$(basename "$target" .swift)
  [[ $name == FuzzSupport ]] && continue
  binary="$build/fuzz-$name"
  if [[ -f "$binary" && "$binary" -nt "$target" && "$binary" -nt "$library" \
    && "$binary" -nt Fuzz/Targets/FuzzSupport.swift ]]; then
    continue
  fi
  echo "== fuzz-$name"
  swiftc "${flags[@]}" -module-name "Fuzz_${name//-/_}" -I "$build" -L "$build" -lTemplateKit \
    "$target" Fuzz/Targets/FuzzSupport.swift -o "$binary"
done
