#!/usr/bin/env bash
# What the generated client costs a consumer's build: a console app that manages webhooks, built
# three ways — with the package generating the whole gateway, with SevenIoGroups=Hooks, and with a
# hand-written hooks client (HttpClient + a System.Text.Json source-generated context, the
# benchmarks' baseline). For each: a clean build with the build servers shut down (cold), a rebuild
# after a one-line change to Program.cs (incremental, servers warm), and the size of the app's dll.
# Not part of CI (it takes minutes); docs/benchmarks.md has its output. Usage: tests/build-cost/measure.sh [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.0.0-cost.$(date +%s)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

dotnet pack "$root/Generator.sln" -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >/dev/null
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML
cat > "$work/Directory.Build.props" <<XML
<Project>
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <AssemblyName>App</AssemblyName>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
  </PropertyGroup>
</Project>
XML

generated_program='using SevenIo;

var client = new SevenClient(Environment.GetEnvironmentVariable("SEVEN_API_KEY") ?? "key");
var created = await client.Hooks.CreateAsync("https://acme.inc/hook", HookEventType.SmsMo);
foreach (var hook in await client.Hooks.ListAsync())
{
    Console.WriteLine($"{hook.Id} {hook.EventType} {hook.TargetUrl}");
}

await client.Hooks.DeleteAsync(created.Id);
// edit'

mkdir -p "$work/whole" "$work/hooks" "$work/handwritten"
for app in whole hooks; do
  groups=$([ "$app" = hooks ] && echo "<SevenIoGroups>Hooks</SevenIoGroups>" || true)
  cat > "$work/$app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>$groups</PropertyGroup>
  <ItemGroup><PackageReference Include="SevenIo.Generator" Version="$version" /></ItemGroup>
</Project>
XML
  echo "$generated_program" > "$work/$app/Program.cs"
done

cat > "$work/handwritten/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk" />
XML
sed 's/namespace SevenIo.Benchmarks.Client;/namespace HandWrittenClient;/' "$root/tests/SevenIo.Benchmarks/Client/HandWritten.cs" > "$work/handwritten/HandWritten.cs"
cat > "$work/handwritten/Program.cs" <<'CS'
using HandWrittenClient;

var client = new HandWritten(new HttpClient(), Environment.GetEnvironmentVariable("SEVEN_API_KEY") ?? "key");
var created = await client.CreateAsync("https://acme.inc/hook", "sms_mo", null);
foreach (var hook in await client.ListAsync())
{
    Console.WriteLine($"{hook.Id} {hook.EventType} {hook.TargetUrl}");
}

await client.DeleteAsync(created.Id ?? 0);
// edit
CS

# Runs a build; prints its wall time in seconds and the compiler task's (Csc, generators included) in ms.
timed_build() {
  local start=$(date +%s%N) csc
  csc=$(dotnet build "$1" -c Release --no-restore -p:UseSharedCompilation=true -clp:PerformanceSummary | awk '$2 == "ms" && $3 == "Csc" { print $1 }')
  awk -v ns=$(( $(date +%s%N) - start )) -v csc="${csc:-0}" 'BEGIN { printf "%.2f %d\n", ns / 1e9, csc }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf (a[1] ~ /\./) ? "%.2f" : "%d", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

printf '| app | clean build, cold (s) | its Csc (ms) | one-line change (s) | its Csc (ms) | App.dll (KB) | generated files |\n|---|---:|---:|---:|---:|---:|---:|\n'
for app in ${APPS:-whole hooks handwritten}; do
  dir="$work/$app"
  dotnet restore "$dir" -v:q >/dev/null
  dotnet build "$dir" -c Release --no-restore -v:q >/dev/null   # warm the disk cache once
  cold=$(for i in $(seq "$runs"); do
    dotnet build-server shutdown >/dev/null 2>&1 || true
    rm -rf "$dir/bin" "$dir/obj/Release"
    timed_build "$dir"
  done)
  incremental=$(for i in $(seq "$runs"); do
    echo "// edit $i" >> "$dir/Program.cs"
    timed_build "$dir"
  done)
  size=$(( $(stat -c %s "$dir/bin/Release/net10.0/App.dll") / 1024 ))
  files=$(find "$dir/obj/Release/net10.0/generated" -path '*SevenIo.Generator*' -name '*.g.cs' | wc -l)
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$app" \
    "$(cut -d' ' -f1 <<<"$cold" | median)" "$(cut -d' ' -f2 <<<"$cold" | median)" \
    "$(cut -d' ' -f1 <<<"$incremental" | median)" "$(cut -d' ' -f2 <<<"$incremental" | median)" "$size" "$files"
done
