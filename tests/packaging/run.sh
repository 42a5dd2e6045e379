#!/usr/bin/env bash
# The consumer matrix: pack the four packages to a local folder feed with a unique version, check
# the package layout, then build fresh projects outside the source tree that reference only
# SevenIo.Generator (warnings as errors, generator failures as errors) and run the console one.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/tests/packaging"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-ci.$(date +%s).$$"
feed="$work/feed"

echo "== pack $version"
for project in generator/SevenIo.Generator runtime/SevenIo.Runtime runtime/SevenIo.Webhooks.AspNetCore runtime/SevenIo.Webhooks.Redis; do
  # Built as a release is: deterministic, with CI paths (ContinuousIntegrationBuild), package validation on.
  dotnet pack "$root/$project" -c Release -o "$feed" -p:Version="$version" -p:ContinuousIntegrationBuild=true -v:q -nologo
done

echo "== package layout"
actual="$work/layout.txt"
for package in SevenIo.Generator SevenIo.Runtime SevenIo.Webhooks.AspNetCore SevenIo.Webhooks.Redis; do
  echo "$package.nupkg:"
  unzip -Z1 "$feed/$package.$version.nupkg" | LC_ALL=C sort
done > "$actual"
if ! diff -u "$here/expected-layout.txt" "$actual"; then
  echo "The packages do not hold exactly what tests/packaging/expected-layout.txt lists." >&2
  exit 1
fi
unzip -p "$feed/SevenIo.Generator.$version.nupkg" SevenIo.Generator.nuspec > "$work/generator.nuspec"
grep -q "<dependency id=\"SevenIo.Runtime\" version=\"$version\"" "$work/generator.nuspec" || { echo "SevenIo.Generator must depend on SevenIo.Runtime $version" >&2; exit 1; }
[ "$(grep -c '<dependency ' "$work/generator.nuspec")" = 1 ] || { echo "SevenIo.Generator must depend on nothing but SevenIo.Runtime" >&2; exit 1; }
for field in license readme description tags; do
  grep -q "<$field" "$work/generator.nuspec" || { echo "SevenIo.Generator's nuspec lacks <$field>" >&2; exit 1; }
done
[ -f "$feed/SevenIo.Runtime.$version.snupkg" ] || { echo "SevenIo.Runtime has no symbol package" >&2; exit 1; }
[ -f "$feed/SevenIo.Webhooks.AspNetCore.$version.snupkg" ] || { echo "SevenIo.Webhooks.AspNetCore has no symbol package" >&2; exit 1; }
unzip -p "$feed/SevenIo.Webhooks.AspNetCore.$version.nupkg" SevenIo.Webhooks.AspNetCore.nuspec > "$work/companion.nuspec"
grep -q "<dependency id=\"SevenIo.Runtime\" version=\"$version\"" "$work/companion.nuspec" || { echo "SevenIo.Webhooks.AspNetCore must depend on SevenIo.Runtime $version" >&2; exit 1; }
grep -q '<frameworkReference name="Microsoft.AspNetCore.App"' "$work/companion.nuspec" || { echo "SevenIo.Webhooks.AspNetCore must reference the ASP.NET Core framework" >&2; exit 1; }
[ -f "$feed/SevenIo.Webhooks.Redis.$version.snupkg" ] || { echo "SevenIo.Webhooks.Redis has no symbol package" >&2; exit 1; }
unzip -p "$feed/SevenIo.Webhooks.Redis.$version.nupkg" SevenIo.Webhooks.Redis.nuspec > "$work/redis.nuspec"
grep -q "<dependency id=\"SevenIo.Runtime\" version=\"$version\"" "$work/redis.nuspec" || { echo "SevenIo.Webhooks.Redis must depend on SevenIo.Runtime $version" >&2; exit 1; }
grep -q '<dependency id="StackExchange.Redis"' "$work/redis.nuspec" || { echo "SevenIo.Webhooks.Redis must depend on StackExchange.Redis" >&2; exit 1; }
echo "layout and metadata as expected"

echo "== addresses in the packages"
# Without SevenIoRepositoryUrl the packages link nowhere, and every address in any packed file,
# text or binary (UTF-16 strings lose their zero bytes), is one that tests/packaging/allowed-addresses.txt lists.
mapfile -t allowed < <(grep -vE '^(#|$)' "$here/allowed-addresses.txt")
unknown=0
for package in "$feed"/*.nupkg "$feed"/*.snupkg; do
  unpacked="$work/unpacked/$(basename "$package")"
  mkdir -p "$unpacked" && unzip -q -o "$package" -d "$unpacked"
  while IFS= read -r -d '' file; do
    while IFS= read -r address; do
      known=0
      for prefix in "${allowed[@]}"; do [[ "$address" == "$prefix"* ]] && known=1 && break; done
      if [ "$known" = 0 ]; then echo "unknown address in $(basename "$package"):${file#"$unpacked"}: $address" >&2; unknown=1; fi
    done < <(tr -d '\000' < "$file" | grep -aoE 'https?://[A-Za-z0-9._~:/?#@!$&*+,;=%-]+' | sort -u)
  done < <(find "$unpacked" -type f -print0)
done
[ "$unknown" = 0 ] || exit 1
for nuspec in "$work"/unpacked/*.nupkg/*.nuspec; do
  if grep -qE '<projectUrl>|<repository [^>]*url=' "$nuspec"; then echo "$(basename "$nuspec") links to a repository, but no SevenIoRepositoryUrl was set" >&2; exit 1; fi
done
released="$work/released"
dotnet pack "$root/generator/SevenIo.Generator" -c Release -o "$released" -p:Version="$version" -p:SevenIoRepositoryUrl=https://example.org/acme/seven -v:q -nologo
unzip -q -o "$released/SevenIo.Generator.$version.nupkg" -d "$released/unpacked"
grep -q '<projectUrl>https://example.org/acme/seven</projectUrl>' "$released/unpacked/SevenIo.Generator.nuspec" \
  || { echo "SevenIoRepositoryUrl must become the package's project link" >&2; exit 1; }
[ "$(tr -d '\000' < "$released/unpacked/analyzers/dotnet/cs/SevenIo.Generator.dll" | grep -ac 'https://example.org/acme/seven')" -gt 0 ] \
  || { echo "SevenIoRepositoryUrl must reach the generator, for the diagnostics' help links" >&2; exit 1; }
echo "every address known; links only where SevenIoRepositoryUrl says"

# Consumers live outside the source tree so that nothing of the repository's build applies to them.
cp -r "$here/consumers" "$work/consumers"
cat > "$work/consumers/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
XML
build() {
  local name=$1; shift
  echo "== consumer: $name"
  dotnet build "$work/consumers/$name" -c Release -nologo -v:q -p:SevenIoVersion="$version" -p:SevenIoRepository="$root" "$@"
}

build console
dotnet run --project "$work/consumers/console" -c Release --no-build
build net8-library
generated="$work/consumers/net8-library/obj/Release/net8.0/generated/SevenIo.Generator/SevenIo.Generator.SevenIoGenerator"
[ -f "$generated/SevenIo.HooksClient.g.cs" ] && [ ! -e "$generated/SevenIo.SmsClient.g.cs" ] \
  || { echo "SevenIoGroups=Hooks must generate the hooks group and no other" >&2; exit 1; }
build netstandard20-library
grep -q "#nullable" "$work/consumers/netstandard20-library/obj/Release/netstandard2.0/generated/SevenIo.Generator/SevenIo.Generator.SevenIoGenerator/SevenIo.Hook.g.cs" \
  && { echo "C# 7.3 code must not use nullable annotations" >&2; exit 1; }
build net472-library
build overlay
dotnet run --project "$work/consumers/overlay" -c Release --no-build
build web
dotnet run --project "$work/consumers/web" -c Release --no-build

echo "== compiler-version guard"
if output=$(dotnet build "$work/consumers/net8-library" -c Release -nologo -v:q -p:SevenIoVersion="$version" -p:CompilerApiVersion=roslyn4.4 --no-incremental 2>&1); then
  echo "A build with an older compiler must fail." >&2
  exit 1
fi
echo "$output" | grep -q "SEVENBUILD001: SevenIo.Generator needs the C# compiler (Roslyn) 4.8 or later, but this build uses 'roslyn4.4'" \
  || { echo "$output" >&2; echo "The guard's message is missing." >&2; exit 1; }
echo "an older compiler stops the build with SEVENBUILD001"

echo "consumer matrix: 6 consumers built, 3 run (every group; an overlay; a webhook receiver), SevenIoGroups, layout and guard checked"
